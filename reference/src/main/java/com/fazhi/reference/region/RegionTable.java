package com.fazhi.reference.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fazhi.reference.lexicon.Lexicon;

/**
 * China's administrative divisions (resource regions/divisions.tsv.gz, see its NOTICE.md), indexed by full name and
 * searchable in a text: {@link #mentions} finds every full unit name with a reversed-name trie, walking back from each
 * character a unit name can end with.
 */
public final class RegionTable {

    private static final com.fasterxml.jackson.databind.JsonNode WORDS = Lexicon.get().regions();
    /** Names that are also ordinary words: never taken as a mention (lexicon/regions.json). */
    private static final Set<String> COMMON_WORDS = Set.copyOf(Lexicon.strings(WORDS.path("commonWords")));
    /** What follows 法治 as an ordinary word, never a programme's place: 法治公安 (policing), not 公安县. */
    private static final Set<String> PROGRAMME_WORDS = Set.copyOf(Lexicon.strings(WORDS.path("programmeWords")));
    /** Province names as they are also written, without 省/市/自治区 (湖南, 宁夏): evidence of the province. */
    private static final Map<String, String> PROVINCE_SHORT_NAMES = Lexicon.stringMap(WORDS.path("provinceShortNames"));
    /** Prefecture names without 市, 地区, 盟 or 自治州 that are ordinary words too (怒江 the river): not taken as a short form of the unit. */
    private static final Set<String> CITY_SHORT_WORDS = Set.copyOf(Lexicon.strings(WORDS.path("cityShortWords")));
    /** Short forms the rules below do not derive (巴州), with the code of the unit they name. */
    private static final Map<String, String> ALIASES = Lexicon.stringMap(WORDS.path("aliases"));
    /** New areas and function zones that are no unit of the table (大鹏新区, 西咸新区), with the code of the unit they lie within. */
    private static final Map<String, String> ZONES_WITHIN = Lexicon.stringMap(WORDS.path("zonesWithin"));
    /** 屏边苗族自治县 is also written 屏边县 or 屏边自治县, 黔东南苗族侗族自治州 黔东南州: the ethnic groups come from the word list. */
    private static final String ETHNIC_GROUPS = "(?:(?:" + String.join("|",
            Lexicon.strings(Lexicon.get().regions().path("ethnicGroups"))) + ")族?)+";
    private static final java.util.regex.Pattern AUTONOMOUS = java.util.regex.Pattern.compile(
            "^(.{2,}?)(" + ETHNIC_GROUPS + ")自治(县|州|旗)$");
    /** An ethnic township (铁石苗族彝族乡, 民族乡) is written without its groups too: 铁石乡. */
    private static final java.util.regex.Pattern ETHNIC_TOWNSHIP = java.util.regex.Pattern.compile(
            "^(.{2,}?)" + ETHNIC_GROUPS + "(乡|镇|苏木)$");
    /** A name that is nothing but a tier word names no unit: the source's rows without a name of their own. */
    private static final Set<String> TIER_WORDS_ALONE = Set.of("街道", "镇", "乡", "苏木", "区", "县", "市", "社区");

    private static final RegionTable DEFAULT = load();

    private final Map<String, List<RegionUnit>> byName;
    private final Map<String, RegionUnit> byCode;
    private final Set<String> shortForms;
    private final TrieNode reversedNames = new TrieNode();

    /** County and city names without their suffix (云和 for 云和县), read only as programme names. */
    private final Map<String, List<RegionUnit>> stems = new HashMap<>();

    private RegionTable(Map<String, List<RegionUnit>> byName, Map<String, RegionUnit> byCode, Set<String> shortForms) {
        this.byName = byName;
        this.byCode = byCode;
        this.shortForms = shortForms;
        byName.keySet().forEach(this::addReversed);
        for (RegionUnit unit : byCode.values()) {
            if (unit.level() == RegionUnit.Level.COUNTY || unit.level() == RegionUnit.Level.CITY) {
                String stem = unit.name().replaceFirst("(?:自治县|自治旗|县|区|市|旗)$", "");
                if (stem.length() >= 2 && !stem.equals(unit.name()) && !byName.containsKey(stem)) {
                    addName(stems, stem, unit);
                }
            }
        }
        for (int i = 0; i < reversedNames.keys.length; i++) {
            rootChildren[reversedNames.keys[i]] = reversedNames.children[i];
        }
    }

    /** The trie's first level by character: every character of a text is looked up here. */
    private final TrieNode[] rootChildren = new TrieNode[Character.MAX_VALUE + 1];
    /** The characters a full name of three characters or more ends on (市, 县, 区 …): where an earlier name may end. */
    private final boolean[] endsAFullName = new boolean[Character.MAX_VALUE + 1];

    public static RegionTable get() {
        return DEFAULT;
    }

    public List<RegionUnit> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Every unit of the table (townships included). */
    public java.util.Collection<RegionUnit> units() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    public RegionUnit byCode(String code) {
        return byCode.get(code);
    }

    /** A unit name found in a text: where it ends, the name, and the units that carry it. */
    public record Mention(int start, int end, String name, List<RegionUnit> units, boolean shortForm) {
    }

    /** What may follow a programme's place name: 法治云和建设, “法治白云”, 法治上海、…. */
    private static final String AFTER_PROGRAMME_NAME = "建”\"、,,。 之的";

    /**
     * The place a rule-of-law programme is named after ("创建法治云和", "推动法治白云建设", "法治上海"): governments name
     * their drive 法治 + their name without its suffix (县, 区, 市, 旗). Found only right after 法治 and before a word
     * that ends the name, so an ordinary word after 法治 (法治文化, 法治思维) is never read as a place.
     */
    public List<Mention> programmeNames(String text) {
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf("法治"); at >= 0; at = text.indexOf("法治", at + 2)) {
            int from = at + 2;
            for (int length = 4; length >= 2; length--) {
                int end = from + length;
                if (end >= text.length() || AFTER_PROGRAMME_NAME.indexOf(text.charAt(end)) < 0) {
                    continue;
                }
                String stem = text.substring(from, end);
                List<RegionUnit> units = stems.get(stem);
                if (units == null) {
                    units = byName.get(stem);
                }
                if (units != null && !COMMON_WORDS.contains(stem) && !PROGRAMME_WORDS.contains(stem)) {
                    found.add(new Mention(from, end, stem, units, true));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Every full unit name in the text, the longest one ending at each position. Names that are ordinary words
     * (城区, 开发区 …) are skipped; a name inside a longer one ending at the same place is not reported separately.
     */
    public List<Mention> mentions(CharSequence text) {
        List<Mention> found = new ArrayList<>();
        for (int end = text.length() - 1; end >= 1; end--) {
            TrieNode longest = longestEndingAt(text, end);
            if (longest != null) {
                int start = end + 1 - longest.name.length();
                // a full name that starts earlier and ends inside this one is the text's word (天津市市场监管委 is
                // 天津市 and 市场, not 津市市): read right to left, the later name would take the earlier's last character
                for (int inside = end - 1; inside >= start; inside--) {
                    if (!endsAFullName[text.charAt(inside)]) {
                        continue; // no full name of three characters or more ends on this character
                    }
                    TrieNode earlier = longestEndingAt(text, inside);
                    if (earlier != null && !earlier.shortForm && earlier.name.length() >= 3
                            && inside + 1 - earlier.name.length() < start) {
                        longest = earlier;
                        end = inside;
                        start = end + 1 - longest.name.length();
                        break;
                    }
                }
                List<RegionUnit> units = longest.common ? underParentNamedBefore(text, start, longest.units) : longest.units;
                if (!units.isEmpty()) {
                    found.add(new Mention(start, end + 1, longest.name, units, longest.shortForm));
                    end = start; // the next name ends before this one starts (湖南 inside 湖南省 is not a second mention)
                }
            }
        }
        Collections.reverse(found);
        return found;
    }

    /** The longest name that ends at {@code end} (inclusive), or null. */
    private TrieNode longestEndingAt(CharSequence text, int end) {
        TrieNode node = rootChildren[text.charAt(end)];
        TrieNode longest = null;
        for (int i = end - 1; i >= 0 && node != null; i--) {
            node = node.child(text.charAt(i));
            if (node != null && node.name != null) {
                longest = node;
            }
        }
        return longest;
    }

    /**
     * A name that is also an ordinary word (新城区, 城区, 市中区) is a place only right after its parent's full name
     * (西安市新城区, 晋城市城区): the units of that name under the parent so named, else none.
     */
    private static List<RegionUnit> underParentNamedBefore(CharSequence text, int start, List<RegionUnit> units) {
        if (units == null) {
            return List.of();
        }
        List<RegionUnit> under = new ArrayList<>(1);
        for (RegionUnit unit : units) {
            RegionUnit parent = unit.parent();
            if (parent != null && endsWith(text, start, parent.name())) {
                under.add(unit);
            }
        }
        return under;
    }

    private static boolean endsWith(CharSequence text, int end, String name) {
        if (end < name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (text.charAt(end - name.length() + i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void addReversed(String name) {
        TrieNode node = reversedNames;
        for (int i = name.length() - 1; i >= 0; i--) {
            node = node.childOrNew(name.charAt(i));
        }
        node.name = name;
        node.units = byName.get(name);
        node.shortForm = shortForms.contains(name);
        if (name.length() >= 3 && !node.shortForm) {
            endsAFullName[name.charAt(name.length() - 1)] = true;
        }
        node.common = COMMON_WORDS.contains(name);
    }

    private static final class TrieNode {
        private char[] keys = new char[0];
        private TrieNode[] children = new TrieNode[0];
        private String name;
        /** What {@link #mentions} reports of the name ending here, looked up once when the trie is built. */
        private List<RegionUnit> units;
        private boolean shortForm;
        private boolean common;

        /** The child for this character: keys are kept sorted (the root has a key for every first character of a name). */
        TrieNode child(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        TrieNode childOrNew(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] newKeys = new char[keys.length + 1];
            TrieNode[] newChildren = new TrieNode[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insert);
            System.arraycopy(children, 0, newChildren, 0, insert);
            newKeys[insert] = c;
            newChildren[insert] = new TrieNode();
            System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
            keys = newKeys;
            children = newChildren;
            return newChildren[insert];
        }
    }

    /** A unit under one more name, once: a name that two rules derive for the same unit is still one unit. */
    private static void addName(Map<String, List<RegionUnit>> byName, String name, RegionUnit unit) {
        List<RegionUnit> units = byName.computeIfAbsent(name, n -> new ArrayList<>(1));
        if (!units.contains(unit)) {
            units.add(unit);
        }
    }

    private static RegionTable load() {
        try (InputStream in = RegionTable.class.getResourceAsStream("/regions/divisions.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("resource /regions/divisions.tsv.gz is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            Map<String, RegionUnit> byCode = new HashMap<>();
            Map<String, List<RegionUnit>> byName = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                RegionUnit unit = new RegionUnit(cols[0], cols[1], cols[2].isEmpty() ? null : byCode.get(cols[2]));
                byCode.put(unit.code(), unit);
                if (unit.repeatsItsParent()) {
                    continue; // named once, as the city (its towns still hang under this row)
                }
                if (TIER_WORDS_ALONE.contains(unit.name())) {
                    continue; // a row whose name is only its tier word (皮山县's 653223001 "街道"): a gap in the source, no name
                }
                byName.computeIfAbsent(unit.name(), n -> new ArrayList<>(1)).add(unit);
                java.util.regex.Matcher autonomous = AUTONOMOUS.matcher(unit.name());
                if (autonomous.matches()) {
                    addName(byName, autonomous.group(1) + autonomous.group(3), unit); // 镇宁县, 黔东南州
                    addName(byName, autonomous.group(1) + "自治" + autonomous.group(3), unit); // 镇宁自治县
                }
                java.util.regex.Matcher ethnicTownship = unit.level() == RegionUnit.Level.TOWNSHIP
                        ? ETHNIC_TOWNSHIP.matcher(unit.name()) : null;
                if (ethnicTownship != null && ethnicTownship.matches()) {
                    addName(byName, ethnicTownship.group(1) + ethnicTownship.group(2), unit); // 铁石乡
                }
            }
            Set<String> shortForms = new java.util.HashSet<>(PROVINCE_SHORT_NAMES.keySet());
            PROVINCE_SHORT_NAMES.forEach((name, code) -> addName(byName, name, byCode.get(code)));
            ALIASES.forEach((name, code) -> addName(byName, name, byCode.get(code)));
            ZONES_WITHIN.forEach((name, code) -> {
                if (byCode.get(code) == null) {
                    throw new IllegalStateException("regions.json zonesWithin: " + name + " lies in " + code + ", which the division table lacks");
                }
                addName(byName, name, byCode.get(code));
            });
            // 龙归街, 鹤龙街: Guangdong's streets write their own name without 道 (龙归街道 in the table)
            List<String[]> streetNames = new ArrayList<>();
            for (RegionUnit street : byCode.values()) {
                if (street.level() == RegionUnit.Level.TOWNSHIP && street.name().endsWith("街道") && street.name().length() >= 4) {
                    String written = street.name().substring(0, street.name().length() - 1);
                    if (!byName.containsKey(written)) {
                        streetNames.add(new String[] {written, street.code()});
                    }
                }
            }
            streetNames.forEach(n -> addName(byName, n[0], byCode.get(n[1])));
            for (RegionUnit city : byCode.values()) {
                // 东莞 for 东莞市, 锡林郭勒 for 锡林郭勒盟, 西双版纳 for 西双版纳傣族自治州
                java.util.regex.Matcher autonomous = AUTONOMOUS.matcher(city.name());
                String shortName = autonomous.matches() ? autonomous.group(1) : city.name().replaceFirst("(?:市|地区|盟)$", "");
                if (city.level() == RegionUnit.Level.CITY && shortName.length() >= 2 && !shortName.equals(city.name())
                        && !byName.containsKey(shortName) && !CITY_SHORT_WORDS.contains(shortName)) {
                    byName.put(shortName, List.of(city));
                    shortForms.add(shortName);
                }
            }
            return new RegionTable(byName, byCode, shortForms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
