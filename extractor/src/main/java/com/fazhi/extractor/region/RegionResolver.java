package com.fazhi.extractor.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fazhi.extractor.model.Region;
import com.fazhi.extractor.region.RegionTable.Mention;

/**
 * Which administrative unit a report is about, from the whole text.
 * <ol>
 * <li>The report's own name for itself: the units named in its authority, title, metadata line (发布机构/来源) and
 * opening sentence. The lowest of them is the target; the higher ones must be its ancestors.</li>
 * <li>Without such a name, the most mentioned unit of the level the text speaks as (全区/区政府 → a county …).</li>
 * <li>A target name several units carry (通州区: Beijing's and Nantong's) is decided by the evidence in the whole
 * text: mentions of each candidate's ancestors and of units inside it. Without a clear winner only the name is given
 * and the rest stays null: a wrong region is worse than none.</li>
 * </ol>
 */
public final class RegionResolver {

    private static final int OPENING_CHARS = 250;

    private final RegionTable table;

    public RegionResolver(RegionTable table) {
        this.table = table;
    }

    /** What the report says of itself, in order of authority: each may be null. */
    public record SelfNames(String authority, String title, String metadataLine, int openingStart, String levelHint) {
    }

    /** The region, and the level of the unit the report named itself by (null when it named none). */
    public record Resolution(Region region, String selfLevel) {
    }

    public Region resolve(String text, SelfNames self) {
        return resolveWithLevel(text, self).region();
    }

    public Resolution resolveWithLevel(String text, SelfNames self) {
        List<Mention> all = table.mentions(text);
        List<Mention> seeds = new ArrayList<>();
        for (String name : new String[] {self.authority(), self.title(), self.metadataLine()}) {
            if (name != null) {
                seeds.addAll(table.mentions(name));
            }
        }
        int openingEnd = self.openingStart() + OPENING_CHARS;
        for (Mention m : all) {
            if (m.start() >= self.openingStart() && m.end() <= openingEnd && !insideTitleMarks(text, m.start())) {
                seeds.add(m);
            }
        }
        seeds.removeIf(Mention::shortForm); // a bare 湖南 or 绍兴 is evidence, not the report's name for itself
        boolean named = !seeds.isEmpty();
        if (!named) {
            Mention fallback = mostMentionedAtLevel(text, all, self.levelHint());
            if (fallback == null) {
                return new Resolution(Region.UNKNOWN, null);
            }
            seeds.add(fallback);
        }
        Mention target = null;
        List<RegionUnit> candidates = List.of();
        // the lowest self-named unit is the target, unless a higher one the report names contradicts it (a stray
        // township named 街道 beside 延边州): then the next lowest is tried
        List<Mention> bySpecificity = new ArrayList<>(seeds);
        bySpecificity.sort(Comparator.comparingInt((Mention m) -> levelRank(m.units().get(0))).reversed());
        for (Mention candidate : bySpecificity) {
            List<RegionUnit> consistent = consistentWith(candidate, seeds);
            if (consistent != null) {
                target = candidate;
                candidates = consistent;
                break;
            }
        }
        if (target == null) {
            return new Resolution(Region.UNKNOWN, null);
        }
        RegionUnit chosen = candidates.size() == 1 ? candidates.get(0) : byEvidence(candidates, all);
        String selfLevel = named ? levelName(target.units().get(0)) : null;
        return new Resolution(chosen == null ? onlyTheName(target) : toRegion(chosen), selfLevel);
    }

    /**
     * The target's units that lie within every higher self-named unit that constrains it; null when some higher
     * unit the report names for itself contains none of them (the target contradicts the report's own name).
     */
    private static List<RegionUnit> consistentWith(Mention target, List<Mention> seeds) {
        List<RegionUnit> candidates = new ArrayList<>(target.units());
        for (Mention constraint : seeds) {
            if (levelRank(constraint.units().get(0)) < levelRank(target.units().get(0))) {
                List<RegionUnit> within = candidates.stream()
                        .filter(c -> constraint.units().stream().anyMatch(c::isWithin)).toList();
                if (within.isEmpty()) {
                    return null;
                }
                candidates = new ArrayList<>(within);
            }
        }
        return candidates;
    }

    private static RegionUnit byEvidence(List<RegionUnit> candidates, List<Mention> mentions) {
        Map<RegionUnit, Integer> score = new HashMap<>();
        for (RegionUnit candidate : candidates) {
            int s = 0;
            for (Mention m : mentions) {
                for (RegionUnit u : m.units()) {
                    if (u != candidate && (candidate.isWithin(u) || u.isWithin(candidate))) {
                        s++;
                        break;
                    }
                }
            }
            score.put(candidate, s);
        }
        List<RegionUnit> ranked = candidates.stream().sorted(Comparator.comparingInt(score::get).reversed()).toList();
        int best = score.get(ranked.get(0));
        int second = ranked.size() > 1 ? score.get(ranked.get(1)) : 0;
        return best > 0 && best > second ? ranked.get(0) : null;
    }

    /** Among the mentions outside 《》, the most frequent name of the given level (of any level for a department). */
    private static Mention mostMentionedAtLevel(String text, List<Mention> mentions, String levelHint) {
        if (levelHint == null) {
            return null;
        }
        boolean anyLevel = levelHint.equals("department");
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (Mention m : mentions) {
            RegionUnit unit = m.units().get(0);
            if ((anyLevel || levelName(unit).equals(levelHint)) && !insideTitleMarks(text, m.start())) {
                counts.merge(m.name(), 1, Integer::sum);
                first.putIfAbsent(m.name(), m);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> first.get(e.getKey())).orElse(null);
    }

    private static Region onlyTheName(Mention target) {
        RegionUnit any = target.units().get(0);
        String name = any.name();
        return switch (any.level()) {
            case PROVINCE -> new Region(name, null, null, null, null);
            case CITY -> new Region(null, name, null, null, null);
            case COUNTY -> new Region(null, null, name, null, null);
            case TOWNSHIP -> new Region(null, null, null, name, null);
        };
    }

    static Region toRegion(RegionUnit unit) {
        return new Region(name(unit.at(RegionUnit.Level.PROVINCE)), name(unit.at(RegionUnit.Level.CITY)),
                name(unit.at(RegionUnit.Level.COUNTY)), name(unit.at(RegionUnit.Level.TOWNSHIP)), unit.gbCode());
    }

    private static String name(RegionUnit unit) {
        return unit == null ? null : unit.name();
    }

    private static int levelRank(RegionUnit unit) {
        return unit.level().ordinal();
    }

    private static String levelName(RegionUnit unit) {
        return switch (unit.level()) {
            case PROVINCE -> "province";
            case CITY -> "city";
            case COUNTY -> "county";
            case TOWNSHIP -> "township";
        };
    }

    /** Inside 《…》: a cited title names a place without saying the report is about it. */
    private static boolean insideTitleMarks(String text, int position) {
        int open = text.lastIndexOf('《', position);
        return open >= 0 && text.lastIndexOf('》', position) < open && position - open < 120;
    }
}
