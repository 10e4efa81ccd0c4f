package com.fazhi.query.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fazhi.reference.region.RegionTable;
import com.fazhi.reference.region.RegionUnit;

/**
 * A region as people name it, resolved with the division table: the full official name (江苏省), the short form
 * (江苏, 北京, 内蒙古, 南通), an autonomous unit's short form (巴州, 黔东南州, 金平县) or the Traditional spelling (內蒙古),
 * all to the full name the documents carry. An unknown name is an {@link InvalidQueryException} that suggests the
 * nearest real names.
 */
public final class RegionNames {

    private static final int SUGGESTIONS = 3;

    private RegionNames() {
    }

    /** The unit a name stands for at a level (null level: any), or an error naming the parameter. */
    public static RegionUnit resolve(String parameter, String name, RegionUnit.Level level) {
        String wanted = UserText.normalize(name);
        List<RegionUnit> units = RegionTable.get().named(wanted).stream()
                .filter(u -> level == null || u.level() == level).toList();
        if (units.isEmpty()) {
            throw new InvalidQueryException("unknown " + parameter + " '" + name + "'" + suggestions(wanted, level));
        }
        // a name several units carry (通州区) is one name: any of them stands for it
        return units.get(0);
    }

    /** The full official name, for the filters that compare names. */
    public static String fullName(String parameter, String name, RegionUnit.Level level) {
        return resolve(parameter, name, level).name();
    }

    private static String suggestions(String wanted, RegionUnit.Level level) {
        Set<Integer> chars = wanted.codePoints().boxed().collect(Collectors.toSet());
        List<String> nearest = RegionTable.get().units().stream()
                .filter(u -> level == null ? u.level() != RegionUnit.Level.TOWNSHIP : u.level() == level)
                .map(RegionUnit::name).distinct()
                .filter(n -> n.codePoints().anyMatch(chars::contains))
                .sorted(Comparator.comparingDouble((String n) -> -similarity(wanted, n, chars)).thenComparing(n -> n))
                .limit(SUGGESTIONS).toList();
        return nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?";
    }

    /** Shared characters, weighted by how much of each name they cover. */
    private static double similarity(String wanted, String name, Set<Integer> wantedChars) {
        long shared = name.codePoints().distinct().filter(wantedChars::contains).count();
        return (double) shared / wanted.codePointCount(0, wanted.length()) + (double) shared / name.codePointCount(0, name.length());
    }
}
