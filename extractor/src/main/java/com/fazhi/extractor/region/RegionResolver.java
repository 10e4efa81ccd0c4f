package com.fazhi.extractor.region;

import com.fazhi.contract.model.Region;
import com.fazhi.extractor.metadata.Addressee;
import com.fazhi.extractor.metadata.LevelClassifier;
import com.fazhi.extractor.text.Runs;
import com.fazhi.extractor.text.TitleMarks;
import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.reference.region.RegionTable.Mention;
import com.fazhi.reference.region.RegionTable;
import com.fazhi.reference.region.RegionUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    /** How far back a cited title's 《 may open and still hold a place named after it. */
    private static final int CITED_TITLE_REACH = 120;
    private static final int OPENING_CHARS = 250;

    private final RegionTable table;

    public RegionResolver(RegionTable table) {
        this.table = table;
    }

    /** What the report says of itself, in order of authority: each may be null. */
    public record SelfNames(String authority, String title, String metadataLine, int openingStart, String levelHint,
            String governmentTier) {

        public SelfNames(String authority, String title, String metadataLine, int openingStart, String levelHint) {
            this(authority, title, metadataLine, openingStart, levelHint, null);
        }
    }

    /** The region, and the level of the unit the report named itself by (null when it named none). */
    public record Resolution(Region region, String selfLevel) {
    }

    public Region resolve(String text, SelfNames self) {
        return resolveWithLevel(text, self).region();
    }

    public Resolution resolveWithLevel(String text, SelfNames self) {
        List<Mention> all = supported(table.mentions(text), text);
        Resolution resolved = resolveWithLevel(text, self, all);
        Region region = resolved.region();
        if (resolved.selfLevel() == null && region.province() != null && region.city() == null && region.county() == null
                && region.township() == null) {
            Region city = onlyCityNamed(text, all, region, self.levelHint(), self.governmentTier());
            if (city != null) {
                return new Resolution(city, null);
            }
        }
        return resolved;
    }

    private Resolution resolveWithLevel(String text, SelfNames self, List<Mention> all) {
        List<Mention> seeds = new ArrayList<>();
        for (String name : new String[] {self.authority(), self.title(), self.metadataLine()}) {
            if (name != null) {
                List<Mention> named = supportedOrOpening(table.mentions(name), name);
                seeds.addAll(named.isEmpty() ? commonWordOpening(name) : named);
            }
        }
        seeds.removeIf(Mention::shortForm); // a bare 湖南 or 绍兴 is evidence, not the report's name for itself
        Mention congress = congressItReportsTo(text, all, self.openingStart());
        if (congress != null) {
            seeds.add(congress);
        }
        for (String name : new String[] {self.authority(), self.title()}) {
            Mention zone = name == null ? null : zoneOpening(name, all);
            if (zone != null) { // a zone's own name opens with its city's or county's ("河源东源产业园区管委会2025年…")
                seeds.add(new Mention(zone.start(), zone.end(), zone.name(), zone.units(), false));
            }
        }
        for (String name : new String[] {self.authority(), self.metadataLine()}) {
            Mention branch = name == null ? null : countyOfABranch(name, 0);
            if (branch != null) { // a city bureau's branch named after its county ("巴中市自然资源和规划局巴州分局")
                seeds.add(new Mention(branch.start(), branch.end(), branch.name(), branch.units(), false));
            }
        }
        int openingEnd = self.openingStart() + OPENING_CHARS;
        int bodyStart = self.openingStart() + Addressee.length(text, self.openingStart());
        List<Mention> opening = new ArrayList<>();
        for (Mention m : all) {
            if (m.start() >= bodyStart && m.end() <= openingEnd && !TitleMarks.inside(text, m.start(), CITED_TITLE_REACH)
                    && !m.shortForm() && !("city".equals(self.levelHint()) && honouredBy(text, m))) {
                opening.add(m);
            }
        }
        if (seeds.isEmpty()) {
            dropUnitsBelowTheSpeaker(opening, self.levelHint(), text);
        } else {
            dropOpeningBelowASelfNamedSpeaker(opening, seeds, self.levelHint());
        }
        Mention subject = shortSubject(text, self.openingStart(), all, self.levelHint());
        if (subject != null) {
            opening.add(subject);
        } else if (Stream.concat(seeds.stream(), opening.stream())
                .noneMatch(m -> m.units().get(0).level().ordinal() >= RegionUnit.Level.COUNTY.ordinal())) {
            Mention programme = countyProgramme(text, all, self.levelHint()); // a report that named no county in its opening
            if (programme != null) {
                opening.add(programme);
            }
        }
        boolean department = "department".equals(self.levelHint());
        if (seeds.isEmpty() && department && self.governmentTier() != null) {
            // a district bureau's opening that names only units above its tier (申报浙江省…项目, 在市委领导下) names
            // where its work went, not itself: its place is sought at its tier below
            int tier = rankOf(self.governmentTier());
            opening.removeIf(m -> levelRank(m.units().get(0)) < tier);
            // and a city bureau (全市, 我市) that names a district or county in its opening (澄海区获评…) names where its
            // work went: a county-level city's bureau, which also says 全市, names itself by its 市
            opening.removeIf(m -> belowACityTier(text, m, tier));
        }
        seeds.addAll(opening);
        if (!department && onlyAboveTheSpeaker(seeds, self.levelHint())) {
            // a government's opening that names only units above it (荣获2013年度浙江省…先进单位 in 我市's report) names
            // who judged it: its own documents (《慈溪市2014年度法治政府建设工作要点》) place it inside them
            ownDocuments(text, all, self.levelHint(), true).stream()
                    .filter(own -> seeds.stream().allMatch(s -> related(s, own)))
                    .forEach(seeds::add);
        }
        boolean named = !seeds.isEmpty();
        if (!named && !department) {
            seeds.addAll(ownDocuments(text, all, self.levelHint(), false));
            if (seeds.isEmpty() && "city".equals(self.levelHint())) {
                // 全市 in a county-level 市's report that names itself only in its own documents (印发《博乐市创建…方案》,
                // 按照《普宁市…工作要点》), not in one it spreads (全市推广《诸暨市…工作规范》: a prefecture's report)
                ownDocuments(text, all, self.levelHint(), true).stream()
                        .filter(m -> !SPREAD_BEFORE.matcher(text).region(Math.max(0, m.start() - SPREAD_REACH), m.start()).find())
                        .forEach(seeds::add);
            }
        }
        if (seeds.isEmpty() && department) {
            Mention mostNamed = mostMentionedAtLevel(text, all, self.levelHint());
            if (mostNamed != null && self.governmentTier() != null && belowACityTier(text, mostNamed, rankOf(self.governmentTier()))) {
                mostNamed = null; // a city bureau citing its city's rules: the county it names most is where its work went
            }
            seeds.addAll(citedByABureau(text, all, mostNamed));
        }
        if (seeds.isEmpty()) {
            // a bureau that names no place of its own sits at its government's tier (全区, 我区): the unit
            // of that tier it names most, before the most named of any tier (its city beside its district)
            Mention fallback = department && self.governmentTier() != null
                    ? mostMentionedAtLevel(text, all, self.governmentTier()) : null;
            if (fallback == null && department && self.governmentTier() != null) {
                // a district bureau that names its district only in the titles it cites (《绍兴市越城区…》) is placed
                // there before the province it names in passing
                seeds.addAll(ownDocuments(text, all, self.governmentTier(), false));
            }
            if (fallback == null && seeds.isEmpty()) {
                fallback = mostMentionedAtLevel(text, all, self.levelHint());
            }
            if (fallback == null && seeds.isEmpty() && !department) {
                fallback = countyOfItsTownships(text, all, self.levelHint());
            }
            if (fallback != null) {
                seeds.add(fallback);
            } else if (department && seeds.isEmpty()) {
                seeds.addAll(ownDocuments(text, all, null, false)); // a bureau citing only its own government's documents
            }
            if (seeds.isEmpty()) {
                Region above = addressee(text, all, self.openingStart(), bodyStart, self.levelHint());
                return new Resolution(above != null ? above : provinceOfTheText(text, all, self.openingStart()), null);
            }
        }
        Mention target = null;
        List<RegionUnit> candidates = List.of();
        // the lowest self-named unit is the target, unless a higher one the report names contradicts it (a stray
        // township named 街道 beside 延边州): then the next lowest is tried
        List<Mention> bySpecificity = new ArrayList<>(seeds);
        bySpecificity.sort(Comparator.comparingInt((Mention m) -> levelRank(m.units().get(0))).reversed());
        for (Mention candidate : bySpecificity) {
            boolean atTheSpeakersLevel = self.levelHint() != null && levelRank(candidate.units().get(0)) == rankOf(self.levelHint());
            List<Mention> constraints = !atTheSpeakersLevel ? seeds
                    : seeds.stream().filter(s -> !strayAgainst(s, candidate, all)).toList();
            List<RegionUnit> consistent = consistentWith(candidate, constraints);
            if (consistent != null) {
                target = candidate;
                candidates = consistent;
                break;
            }
        }
        if (target == null) {
            return new Resolution(provinceOfTheText(text, all, self.openingStart()), null);
        }
        RegionUnit chosen = candidates.size() == 1 ? candidates.get(0) : byEvidence(candidates, all);
        if (chosen == null && candidates.size() > 1) {
            // a name several places share (新安街道) is told apart by the drive its text names (“法治宝安建设”)
            chosen = byEvidence(candidates, programmes(text, self.levelHint()));
        }
        if (chosen == null && candidates.size() > 1) {
            chosen = byIndexNumber(candidates, text);
        }
        if (chosen == null && candidates.size() > 1 && target.units().get(0).level() == RegionUnit.Level.TOWNSHIP) {
            chosen = bySuperiorsTier(candidates, text);
        }
        String selfLevel = named ? levelName(target.units().get(0)) : null;
        if (chosen == null && target.units().get(0).level() == RegionUnit.Level.TOWNSHIP) {
            Region framed = inItsCountysFrame(target.name(), text, all);
            if (framed != null) {
                return new Resolution(framed, selfLevel);
            }
        }
        return new Resolution(chosen == null ? onlyTheName(target) : toRegion(chosen), selfLevel);
    }

    /**
     * The county a report names its rule-of-law programme after (法治武义建设, {@link RegionTable#programmeNames}) where
     * the text also names a place above that county (its city or province), outside 《》: then it places a report that
     * named only the place above in its opening. Not a name the county's prefecture shares (法治大理 in 大理州's report),
     * and not one whose places above the text never names (法治公安 in another province's report is policing).
     */
    private Mention countyProgramme(String text, List<Mention> all, String levelHint) {
        for (Mention m : programmes(text, levelHint)) {
            if (m.units().size() != 1 || !"county".equals(levelName(m.units().get(0))) || TitleMarks.inside(text, m.start(), CITED_TITLE_REACH)) {
                continue;
            }
            RegionUnit county = m.units().get(0);
            if (county.parent() != null && county.parent().name().startsWith(m.name())) {
                continue;
            }
            if (all.stream().anyMatch(mention -> mention.units().stream().anyMatch(u -> u != county && county.isWithin(u)))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The places the text names its rule-of-law programmes after ({@link RegionTable#programmeNames}); in a township's
     * report, less those a town or street of the same name owns (the table knows it, the text names it, not as a village's
     * name): 法治宁安 beside 宁安镇全面依法治镇 is the town's drive, not 宁安市's.
     */
    private List<Mention> programmes(String text, String levelHint) {
        List<Mention> named = table.programmeNames(text);
        if (!"township".equals(levelHint) || named.isEmpty()) {
            return named;
        }
        Map<String, Boolean> aTownsDrive = new HashMap<>(); // each name looked up once: a report repeats its drive's name
        return named.stream().filter(m -> !aTownsDrive.computeIfAbsent(m.name(), name -> townNamed(text, name))).toList();
    }

    /** The text names a town or street of this short name that the table knows (宁安镇, not 宁安镇村). */
    private boolean townNamed(String text, String name) {
        for (String suffix : TOWNSHIP_SUFFIXES) {
            String town = name + suffix;
            boolean known = table.named(town).stream().anyMatch(u -> u.level() == RegionUnit.Level.TOWNSHIP);
            for (int at = text.indexOf(town); known && at >= 0; at = text.indexOf(town, at + 1)) {
                if (!text.startsWith("村", at + town.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A township's superior by its tier word (县委、县政府, 全区): the county's suffix, group tier (regions.json superiorTier). */
    private static final Pattern SUPERIOR_TIER = Pattern.compile(Lexicon.get().regions().required("superiorTier").asText());

    /**
     * Of the towns of one name (宁安镇: 中宁县's and 宁安市's), the one whose county has the suffix of the one tier the
     * text names its superior by ("在县委、县政府的坚强领导下" → a 县); null when the text names several tiers or none,
     * or when not exactly one candidate fits.
     */
    private static RegionUnit bySuperiorsTier(List<RegionUnit> candidates, String text) {
        String tier = null;
        for (java.util.regex.Matcher m = SUPERIOR_TIER.matcher(text); m.find();) {
            String found = m.group("tier");
            if (tier != null && !tier.equals(found)) {
                return null;
            }
            tier = found;
        }
        if (tier == null) {
            return null;
        }
        String suffix = tier;
        List<RegionUnit> fitting = candidates.stream()
                .filter(c -> c.at(RegionUnit.Level.COUNTY) != null && c.at(RegionUnit.Level.COUNTY).name().endsWith(suffix)).toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    /** A congress's standing committee in session, after its place: "(慈溪市)十七届人大常委会第三十六次会议上". */
    private static final Pattern CONGRESS_SESSION = Pattern.compile(
            "^(?:第?[一二三四五六七八九十百〇零\\d]+届)?(?:人大常委会|人民代表大会常务委员会)第?[一二三四五六七八九十百〇零\\d]+次(?:全体)?会议");

    /**
     * The place whose congress the report was given to ("2021年3月24日在慈溪市十七届人大常委会第三十六次会议上" over "市人大常委会:"):
     * a government reports to its own congress, so that is its place; only above the opening (a law the congress passed,
     * "在浙江省十四届人大常委会第五次会议上通过的《…条例》", is named in the body); null when the header names no session.
     */
    private static Mention congressItReportsTo(String text, List<Mention> all, int openingStart) {
        for (Mention m : all) {
            if (m.start() > 0 && m.start() < openingStart && !m.shortForm() && text.charAt(m.start() - 1) == '在'
                    && CONGRESS_SESSION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30))).find()) {
                return m;
            }
        }
        return null;
    }

    /** The suffixes a short name drops: 邹城 for 邹城市, 株洲 for 株洲市. */
    private static final List<String> SHORTENED_SUFFIXES = List.of("市", "县", "区", "旗");

    /**
     * The opening sentence's subject is the report's own name, a short one too ("2023年,株洲深入贯彻…", "邹城坚持…"):
     * a short form the table knows, or a name that one unit alone has with a suffix added; null otherwise.
     */
    private Mention shortSubject(String text, int openingStart, List<Mention> all, String levelHint) {
        int[] span = LevelClassifier.openingSubjectSpan(text, openingStart);
        if (span == null || TitleMarks.inside(text, span[0], CITED_TITLE_REACH)) {
            return null;
        }
        for (Mention m : all) {
            if (m.start() == span[0] && m.end() == span[1]) {
                return m.shortForm() && m.units().size() == 1 ? m : null;
            }
        }
        String name = text.substring(span[0], span[1]);
        Mention zoneCity = cityOfAZone(name, span[0], all);
        if (zoneCity != null) {
            return zoneCity;
        }
        Mention branchCounty = countyOfABranch(name, span[0]);
        if (branchCounty != null) {
            return branchCounty;
        }
        if (name.length() < 2 || name.length() > 4 || !name.chars().allMatch(Character::isIdeographic)
                || name.length() == 2 && "全我本".indexOf(name.charAt(0)) >= 0 && "省市州县区旗盟镇乡".indexOf(name.charAt(1)) >= 0) {
            // 全州各级政府 is the whole prefecture speaking, not 全州县 (全椒, 本溪 stay names)
            return null;
        }
        List<RegionUnit> named = table.named(name);
        if (!named.isEmpty()) { // a short form the table knows as it stands (巴州 for 巴音郭楞蒙古自治州), not 巴州区 by a suffix
            return named.size() == 1 ? new Mention(span[0], span[1], name, named, true) : null;
        }
        List<RegionUnit> units = new ArrayList<>();
        for (String suffix : SHORTENED_SUFFIXES) {
            units.addAll(table.named(name + suffix));
        }
        if (units.isEmpty() && "township".equals(levelHint)) {
            units.addAll(townshipOfAShortName(name, all));
        }
        return units.size() == 1 ? new Mention(span[0], span[1], name, units, true) : null;
    }

    /** What a street or town that speaks of itself by its short name drops ("2025年,公明坚持…" for 公明街道). */
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("街道", "镇", "乡");

    /**
     * The street or town a township's report names itself by in short ("2025年,公明坚持…", its text then speaking as
     * 街道): the one unit of that name with a township's suffix, or the one among them within a place the text names
     * (深圳, 广东).
     */
    private List<RegionUnit> townshipOfAShortName(String name, List<Mention> all) {
        List<RegionUnit> units = new ArrayList<>();
        for (String suffix : TOWNSHIP_SUFFIXES) {
            table.named(name + suffix).stream().filter(u -> u.level() == RegionUnit.Level.TOWNSHIP).forEach(units::add);
        }
        if (units.size() > 1) {
            List<RegionUnit> within = units.stream().filter(u -> all.stream().anyMatch(m -> !m.name().equals(name)
                    && m.units().size() == 1 && u.isWithin(m.units().get(0)))).toList();
            return within;
        }
        return units;
    }

    /**
     * A city bureau's branch named after the county it serves (河源市生态环境局连平分局, 深圳市市场监督管理局龙岗监管局), or a
     * city's ecology bureau for one county (泉州市永春生态环境局): regions.json branchNames, each with the groups parent
     * and stem.
     */
    private static final List<Pattern> BRANCH_NAMES = Lexicon.strings(Lexicon.get().regions().required("branchNames")).stream()
            .map(Pattern::compile).toList();

    /** The first branch pattern the whole name matches, or null. */
    private static java.util.regex.Matcher branchName(String name) {
        for (Pattern pattern : BRANCH_NAMES) {
            java.util.regex.Matcher m = pattern.matcher(name);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /** The county's short name a branch's name ends with (连平 in 河源市生态环境局连平分局), or null when the name is no branch's. */
    public static String branchStem(String name) {
        java.util.regex.Matcher m = branchName(name);
        return m == null ? null : m.group("stem");
    }

    /**
     * The county a branch of a city's bureau is named after ("河源市生态环境局连平分局坚持…" → 连平县): a county, district or
     * county-level city of that short name, within the city the name opens with; null unless the name opens with a city
     * and one unit within it has that short name.
     */
    private Mention countyOfABranch(String name, int start) {
        java.util.regex.Matcher m = branchName(name);
        if (m == null) {
            return null;
        }
        String stem = m.group("stem");
        List<RegionUnit> cities = table.mentions(m.group("parent")).stream().filter(x -> x.start() == 0 && !x.shortForm())
                .flatMap(x -> x.units().stream()).toList();
        if (cities.isEmpty()) {
            return null; // 市公安局城西分局 names no city: its 城西 is any city's west, not 西宁's 城西区
        }
        List<RegionUnit> counties = countiesNamed(stem, unit -> cities.stream().anyMatch(unit::isWithin));
        int at = start + m.start("stem");
        return counties.size() == 1 ? new Mention(at, at + stem.length(), stem, counties, true) : null;
    }

    /** The words that end a zone's or a new area's name ({@code levels.json} zones, and 新区). */
    private static final List<String> ZONE_WORDS = Stream.concat(
            LevelClassifier.zoneWords().stream(), Stream.of("新区")).toList();

    /**
     * A zone or new area the table does not list, named after its city ("宁波前湾新区坚持…", "郑州高新区以…"): the city its
     * name opens with (two or three characters that one city alone has as its short name), or that city's county named
     * next ("河源东源产业园区" → 东源县), else the county a county's
     * zone is named after ("平江高新区深入…" → 平江县, the one county of that short name); null otherwise.
     */
    private Mention cityOfAZone(String name, int start, List<Mention> all) {
        String zoneWord = ZONE_WORDS.stream().filter(name::endsWith).findFirst().orElse(null);
        if (zoneWord == null) {
            return null;
        }
        for (int length = 3; length >= 2; length--) {
            int between = name.length() - zoneWord.length() - length; // 宁波 + 前湾 + 新区, 郑州 + 高新区, 兰州 + 新区
            if (between < 0 || between == 1) {
                continue; // 杭州湾新区 is no 杭州 zone: one character between is part of another place's name
            }
            String stem = name.substring(0, length);
            List<RegionUnit> cities = table.named(stem + "市").stream()
                    .filter(u -> u.level() == RegionUnit.Level.CITY || u.isMunicipality()).toList();
            if (cities.size() == 1) {
                List<RegionUnit> counties = between >= 2
                        ? countiesNamed(name.substring(length, length + between), unit -> unit.isWithin(cities.get(0))) : List.of();
                return counties.size() == 1 ? new Mention(start + length, start + length + between, name.substring(length, length + between), counties, true)
                        : new Mention(start, start + length, stem, cities, true);
            }
        }
        String stem = name.substring(0, name.length() - zoneWord.length());
        if (stem.length() < 2 || stem.length() > 3) {
            return null;
        }
        // a county's zone only where the text names the county's city or province too: 东湖高新区 is Wuhan's, not
        // 南昌's 东湖区, in a text that names neither
        List<RegionUnit> counties = countiesNamed(stem, unit -> all.stream().anyMatch(m -> m.units().stream()
                .anyMatch(u -> u.level().ordinal() < RegionUnit.Level.COUNTY.ordinal() && unit.isWithin(u))));
        return counties.size() == 1 ? new Mention(start, start + stem.length(), stem, counties, true) : null;
    }

    /** The counties, districts and county-level cities of this short name (stem + 市/县/区/旗) that the test accepts. */
    private List<RegionUnit> countiesNamed(String stem, java.util.function.Predicate<RegionUnit> accepted) {
        List<RegionUnit> counties = new ArrayList<>();
        for (String suffix : SHORTENED_SUFFIXES) {
            for (RegionUnit unit : table.named(stem + suffix)) {
                if (unit.level() == RegionUnit.Level.COUNTY && accepted.test(unit)) {
                    counties.add(unit);
                }
            }
        }
        return counties;
    }

    /** The place a name that opens with a zone's name is named after ("平江高新区2022年…" → 平江县); null if none. */
    private Mention zoneOpening(String name, List<Mention> all) {
        int end = -1;
        for (String word : ZONE_WORDS) {
            int at = name.indexOf(word);
            if (at >= 2 && at <= 8 && (end < 0 || at + word.length() < end)) {
                end = at + word.length();
            }
        }
        if (end < 0 || !name.substring(0, end).chars().allMatch(Character::isIdeographic)) {
            return null;
        }
        return cityOfAZone(name.substring(0, end), 0, all);
    }

    /**
     * A unit the text names once and nothing else in the text supports (no unit above or below it named), set against
     * a candidate at the level the text speaks as whose own relatives the text names (彭浦镇 and 静安区 in its cited
     * plans, against 越城区 read inside the slogan “卓越城区、魅力小镇”): a stray word, not the report's place.
     */
    private static boolean strayAgainst(Mention stray, Mention candidate, List<Mention> all) {
        if (stray == candidate || related(stray, candidate)) {
            return false;
        }
        boolean namedOnceAlone = all.stream().filter(m -> m != stray && (m.units().equals(stray.units()) || related(m, stray))).findAny().isEmpty();
        boolean candidateSupported = all.stream().anyMatch(m -> !m.units().equals(candidate.units()) && related(m, candidate));
        return namedOnceAlone && candidateSupported;
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

    /** Unit names that are also ordinary words and long enough to be a body's own name when they open it (regions.json commonWords). */
    private static final List<String> COMMON_WORD_NAMES = Lexicon.strings(
            Lexicon.get().regions().path("commonWords")).stream().filter(w -> w.length() >= 3).toList();

    /**
     * A body's name that opens with a unit name that is also an ordinary word (市中区人力资源和社会保障局, 新城区人民政府):
     * in the text such a word is a place only after its parent's name, but a body's name starts with its place. All
     * the units of that name, for the rest of the text (or the page's index number) to tell apart.
     */
    private List<Mention> commonWordOpening(String name) {
        for (String word : COMMON_WORD_NAMES) {
            if (name.startsWith(word) && name.length() > word.length() && !table.named(word).isEmpty()) {
                return List.of(new Mention(0, word.length(), word, table.named(word), false));
            }
        }
        return List.of();
    }

    /** A disclosure page's index number, which many sites open with the body's division code: 索 引 号:370402/2022-00029. */
    private static final Pattern INDEX_NUMBER = Pattern.compile("索\\s*引\\s*号\\s*[::]?\\s*(\\d{6})(?!\\d)");
    /** How far into the page its header (and the index number) may stand. */
    private static final int HEADER_CHARS = 800;

    /** Of the places a shared name may be (市中区: four cities have one), the one whose code opens the page's index number. */
    private static RegionUnit byIndexNumber(List<RegionUnit> candidates, String text) {
        java.util.regex.Matcher m = INDEX_NUMBER.matcher(text).region(0, Math.min(text.length(), HEADER_CHARS));
        if (!m.find()) {
            return null;
        }
        List<RegionUnit> coded = candidates.stream().filter(c -> c.gbCode().equals(m.group(1))).toList();
        return coded.size() == 1 ? coded.get(0) : null;
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
        Map<String, List<Mention>> byName = namedOutsideTitles(text, mentions,
                m -> anyLevel || levelName(m.units().get(0)).equals(levelHint));
        return byName.values().stream().max(Comparator.comparingInt(List::size)).map(named -> named.get(0)).orElse(null);
    }

    /** The mentions the filter accepts outside the titles the text cites (《》), by name, each name's in text order. */
    private static Map<String, List<Mention>> namedOutsideTitles(String text, List<Mention> mentions,
            java.util.function.Predicate<Mention> accepted) {
        Map<String, List<Mention>> byName = new HashMap<>();
        for (Mention m : mentions) {
            if (accepted.test(m) && !TitleMarks.inside(text, m.start(), CITED_TITLE_REACH)) {
                byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
            }
        }
        return byName;
    }

    /**
     * A report that names no unit of its own but is addressed to its superior ("中共周口市委、周口市人民政府:" over
     * "2024年,我县…") lies within that superior: its lowest unit, when it ranks above the level the text speaks as.
     */
    private static Region addressee(String text, List<Mention> all, int openingStart, int bodyStart, String levelHint) {
        int from = openingStart;
        int to = bodyStart;
        if (from == to && openingStart > 0) { // the addressee on its own short line above the opening paragraph
            int lineEnd = openingStart - 1;
            while (lineEnd > 0 && Character.isWhitespace(text.charAt(lineEnd - 1))) {
                lineEnd--; // past blank lines and trailing spaces
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, lineEnd - 1)) + 1;
            int length = Addressee.length(text, lineStart);
            if (length > 0) {
                from = lineStart;
                to = lineStart + length;
            }
        }
        RegionUnit lowest = null;
        for (Mention m : all) {
            if (m.start() >= from && m.end() <= to && !m.shortForm() && m.units().size() == 1
                    && (lowest == null || levelRank(m.units().get(0)) > levelRank(lowest))) {
                lowest = m.units().get(0);
            }
        }
        boolean below = levelHint == null || "department".equals(levelHint) || lowest != null && rankOf(levelHint) > levelRank(lowest);
        return lowest != null && below ? toRegion(lowest) : null;
    }

    private static final Map<String, String> PROVINCE_ABBREVIATIONS = Lexicon.stringMap(
            Lexicon.get().regions().path("provinceAbbreviations"));
    /** The general secretary's visits a province's own report recalls: 习近平总书记历次来陕考察重要讲话 (come here: the report's province). */
    private static final Pattern VISIT_HERE = Pattern.compile(
            "总书记[^。,,]{0,12}?来([" + String.join("", PROVINCE_ABBREVIATIONS.keySet()) + "])(?:考察|视察)");

    private static final Map<String, String> DESIGNATIONS = Lexicon.stringMap(
            Lexicon.get().regions().path("designations"));

    /** The one unit a national designation the text names belongs to (regions.json designations), or null. */
    private RegionUnit designated(String text) {
        RegionUnit found = null;
        for (Map.Entry<String, String> d : DESIGNATIONS.entrySet()) {
            if (text.contains(d.getKey())) {
                RegionUnit unit = table.byCode(d.getValue());
                if (found != null && unit != found) {
                    return null;
                }
                found = unit;
            }
        }
        return found;
    }

    /** The one province the text names (see below), else the one its visits formula names by its one-character name. */
    private Region provinceOfTheText(String text, List<Mention> all, int openingStart) {
        Region named = onlyProvinceNamed(all);
        RegionUnit designated = designated(text);
        if (designated != null && named.equals(Region.UNKNOWN)) {
            return toRegion(designated); // 中国特色社会主义先行示范区 in a text that names no place (a 广东 report names it for 深圳)
        }
        if (!named.equals(Region.UNKNOWN)) {
            return named;
        }
        String code = null;
        for (java.util.regex.Matcher m = VISIT_HERE.matcher(text); m.find();) {
            String found = PROVINCE_ABBREVIATIONS.get(m.group(1));
            if (code != null && !code.equals(found)) {
                return Region.UNKNOWN;
            }
            code = found;
        }
        if (code == null && (text.contains("法治办") || text.contains("依法治省办"))) {
            for (java.util.regex.Matcher m = PROVINCE_DOCUMENT_NUMBER.matcher(text); m.find();) {
                String found = PROVINCE_ABBREVIATIONS.get(m.group(1));
                if (code != null && !code.equals(found)) {
                    return Region.UNKNOWN;
                }
                code = found;
            }
        }
        if (code == null) {
            java.util.regex.Matcher own = OWN_DOCUMENT_NUMBER.matcher(text).region(0, Math.min(text.length(), Math.max(0, openingStart)));
            code = own.find() ? PROVINCE_ABBREVIATIONS.get(own.group(1)) : null;
        }
        RegionUnit province = code == null ? null : table.byCode(code);
        return province == null ? Region.UNKNOWN : toRegion(province);
    }

    /** A document number after its issuer's short name: the bracketed year and the serial (〔2024〕22号, [2021]3号). */
    private static final String NUMBER_AFTER_ISSUER = "[〔\\[(【]20\\d{2}[〕\\])】][ \t]*\\d{1,4}[ \t]*号";

    /**
     * The report's own document number, on a line of its own above the body (before its opening paragraph), opening with a province's one-character
     * name: 豫交党〔2024〕22号 (a provincial department that calls itself 省交通运输厅), 沪环法〔2023〕23号. Read only
     * where nothing else names a place: a city's or a county's own numbers share the characters (鄂府发 is 鄂尔多斯's),
     * and their reports name their place.
     */
    private static final Pattern OWN_DOCUMENT_NUMBER = Pattern.compile(
            "(?m)^[ \t\u3000]*([" + String.join("", PROVINCE_ABBREVIATIONS.keySet()) + "])[\u4e00-\u9fa5]{1,5}"
                    + NUMBER_AFTER_ISSUER + "[ \t\u3000]*$");

    /**
     * The document number of a province's rule-of-law office, which opens with the province's one-character name:
     * 粤法治办〔2021〕36号 (the notice a report answers). Only that office's form: a city's or a county's numbers share
     * the characters (鄂府发 is 鄂尔多斯's, 黔江府发 重庆黔江's, 京政发 京山's). A text that names no place is in it.
     */
    private static final Pattern PROVINCE_DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\u4e00-\\u9fa5])([" + String.join("", PROVINCE_ABBREVIATIONS.keySet()) + "])(?:委)?(?:法治办|依法治省办)"
                    + NUMBER_AFTER_ISSUER);

    /**
     * A text that names no unit of its own but only one province, however it names it (考察江西, 福建省委, 《江西省…》,
     * or one of its prefectures), is that province's: a report speaks of its own province's leaders and rules. Two provinces named decide nothing.
     */
    private static Region onlyProvinceNamed(List<Mention> mentions) {
        RegionUnit only = null;
        for (Mention m : mentions) {
            if (m.units().size() != 1 || m.units().get(0).level() == RegionUnit.Level.COUNTY
                    || m.units().get(0).level() == RegionUnit.Level.TOWNSHIP) {
                continue; // a name several units carry, or a county's or township's name (often an ordinary word too)
            }
            RegionUnit province = m.units().get(0).at(RegionUnit.Level.PROVINCE);
            if (province == null) {
                continue;
            }
            if (only != null && only != province) {
                return Region.UNKNOWN;
            }
            only = province;
        }
        return only == null ? Region.UNKNOWN : toRegion(only);
    }

    /**
     * A report below a province's tier (a township's, a county's, a bureau's) that names no unit of its own, placed in
     * its province only, and that names one city of that province, however it names it (东莞市全面依法治市委员会, 品质东莞,
     * 深圳建设中国特色社会主义先行示范区), is that city's: such a report speaks of its own city's committees, plans and
     * slogans. Two cities named decide nothing, nor does a city of another province or one the report measures itself
     * against or visits (对标深圳, 赴杭州学习); a bureau of a province's tier (its speaker says 全省) names cities as where
     * its work went. Only a region of the province alone is refined (not a province-direct county's: 仙桃, 琼海).
     */
    private static Region onlyCityNamed(String text, List<Mention> mentions, Region province, String levelHint,
            String governmentTier) {
        boolean belowACity = levelHint != null && !"province".equals(levelHint) && !"city".equals(levelHint)
                && !("department".equals(levelHint) && "province".equals(governmentTier));
        if (!belowACity) {
            return null;
        }
        RegionUnit only = null;
        for (Mention m : mentions) {
            if (m.units().size() != 1 || m.units().get(0).level() != RegionUnit.Level.CITY
                    || ELSEWHERE_BEFORE.matcher(text).region(Math.max(0, m.start() - ELSEWHERE_REACH), m.start()).find()) {
                continue; // 对标深圳, 学习借鉴杭州经验: a benchmark, not the report's city
            }
            if (m.shortForm() && namesAZone(text, m.end())) {
                continue; // 杭州湾新区: a zone named after another place that opens with a city's short name
            }
            RegionUnit itsProvince = m.units().get(0).at(RegionUnit.Level.PROVINCE);
            if (itsProvince == null || !itsProvince.name().equals(province.province())) {
                return null;
            }
            if (only != null && only != m.units().get(0)) {
                return null;
            }
            only = m.units().get(0);
        }
        return only == null ? null : toRegion(only);
    }

    /**
     * A zone's word (新区, 开发区 …) one character after this point: the name before it is another place's, a zone's
     * (杭州湾新区); right after it (池州经开区), or after a name of two (宁波前湾新区, see cityOfAZone), the zone is the city's.
     */
    private static boolean namesAZone(String text, int at) {
        return at + 1 < text.length() && ZONE_WORDS.stream().anyMatch(word -> text.startsWith(word, at + 1));
    }

    /** What stands before the body that awards or lists the report's unit (regions.json honourBefore): 被评为韶关市…. */
    private static final Pattern HONOUR_BEFORE = Pattern.compile(Lexicon.get().regions().required("honourBefore").asText());
    /** How far back the honour's verb is looked for: the verb, a year (2023年度) and honourBefore's six characters. */
    private static final int HONOUR_REACH = 18;

    /** The place is named as the body that honoured or listed something of the report's (…被评为韶关市镇级标杆大厅). */
    private static boolean honouredBy(String text, Mention m) {
        return HONOUR_BEFORE.matcher(text).region(Math.max(0, m.start() - HONOUR_REACH), m.start()).find();
    }

    /** What stands before a place the report measures itself against or visits (regions.json elsewhereBefore). */
    private static final Pattern ELSEWHERE_BEFORE = Lexicon.pattern(Lexicon.get().regions().path("elsewhereBefore"));
    private static final int ELSEWHERE_REACH = 6;

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

    /**
     * A two-character county name (和县, 范县) is a place only when it stands alone (not inside a phrase: "乡镇和县直单位",
     * "领导和县依法治县委员会"), followed by nothing Han or by an institution (和县人民政府), or when a parent is named.
     */
    private static final List<String> INSTITUTIONS = Lexicon.strings(
            Lexicon.get().regions().path("institutionsAfterShortName"));

    /**
     * In a name the report gives itself, a two-character county name that opens it is the place the name starts
     * with ("南县退役军人事务局" in a 发布机构 line), whatever institution follows.
     */
    private static List<Mention> supportedOrOpening(List<Mention> mentions, String selfName) {
        List<Mention> kept = supported(mentions, selfName);
        for (Mention m : mentions) {
            if (m.start() == 0 && !m.shortForm() && !kept.contains(m)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** What follows the district of a postal address: a road (regions.json roadWords) and a house number ("和平区建设路18号"), no other unit between. */
    private static final Pattern ROAD_AND_NUMBER = Pattern.compile(
            "^[^\\s区县市镇乡,,。;;、::()()]{1,8}(?:" + Lexicon.alternation(
                    Lexicon.get().regions().path("roadWords")) + ")\\s*\\d+\\s*(?:号|弄)");

    /** A unit named as the seat in an address ("地址:天津市和平区建设路18号") is where the office sits, not the report's place. */
    private static boolean inAnAddress(Mention m, String text) {
        return ROAD_AND_NUMBER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20)).find();
    }

    /** What stands before a dissolved unit (原长龙镇): regions.json formerUnitBefore. */
    private static final Pattern FORMER_UNIT_BEFORE = Pattern.compile(
            Lexicon.get().regions().required("formerUnitBefore").asText());

    /**
     * A unit named as a former one (因行政区划调整,原长龙镇、黄沙镇合并为桂东街道: both), unless 原 ends a place named before it
     * (太原): after 原, or listed right after a former one.
     */
    private static boolean former(Mention m, String text, List<Mention> mentions) {
        if (m.start() == 0) {
            return false;
        }
        if (FORMER_UNIT_BEFORE.matcher(text).region(Math.max(0, m.start() - 2), m.start()).find()) {
            return mentions.stream().noneMatch(other -> other.end() == m.start());
        }
        return "、和及与".indexOf(text.charAt(m.start() - 1)) >= 0
                && mentions.stream().anyMatch(other -> other.end() == m.start() - 1 && former(other, text, mentions));
    }

    private static List<Mention> supported(List<Mention> mentions, String text) {
        List<RegionUnit> longNamed = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.name().length() > 2) {
                longNamed.addAll(m.units());
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean standsAlone = (m.start() == 0 || !Character.isIdeographic(text.charAt(m.start() - 1))
                    // after a closing mark the sentence runs on: "…(合办字〔2022〕28号)和县委…" is "and the county committee";
                    // not after a tag's 】, which opens a title (【权威发布】和县人民政府…)
                    && (!Runs.isClosingMark(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '】'))
                    && (m.end() >= text.length() || !Character.isIdeographic(text.charAt(m.end()))
                            || INSTITUTIONS.stream().anyMatch(w -> text.startsWith(w, m.end())));
            boolean conjunctionGlued = m.name().length() == 2 && "和与及同暨".indexOf(m.name().charAt(0)) >= 0 && m.start() > 0
                    && Character.isIdeographic(text.charAt(m.start() - 1)) && "省市州共".indexOf(text.charAt(m.start() - 1)) < 0;
            // 市政府和县委: "and the county's", not 和县; but 马鞍山市和县, 中共和县县委 name it
            if (conjunctionGlued || inAnAddress(m, text) || former(m, text, mentions)) {
                continue;
            }
            if (m.name().length() != 2 || m.shortForm() || standsAlone
                    || m.units().stream().anyMatch(u -> longNamed.stream().anyMatch(p -> p != u && u.isWithin(p)))) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** Every unit in {@code seeds} lies above the level the text speaks as (none when it speaks as none). */
    private static boolean onlyAboveTheSpeaker(List<Mention> seeds, String levelHint) {
        return levelHint != null && !seeds.isEmpty()
                && seeds.stream().allMatch(m -> levelRank(m.units().get(0)) < rankOf(levelHint));
    }

    /** A verb of spreading right before a cited title's 《 (推广《…》; regions.json spreadBefore): another unit's document. */
    private static final Pattern SPREAD_BEFORE = Pattern.compile(Lexicon.get().regions().required("spreadBefore").asText());
    private static final int SPREAD_REACH = 12;

    /** A rule-of-law document a report cites as its own frame: 《鹤山市法治政府建设实施纲要》, 《X县法治政府建设实施方案》. */
    private static final Pattern OWN_FRAME = Pattern.compile("^[^》]{0,6}(?:法治政府|法治|依法行政)[^》]{0,20}(?:实施方案|实施纲要|规划|工作要点|考核|方案)");

    /**
     * Without any self-name, a unit at the level the text speaks as places it when the report cites its documents
     * (我市 and 《遂宁市政府合同管理办法》; with {@code countyLevelCityByIssuedDocumentsOnly} a county-level 市's too, 我市 and
     * 《慈溪市…工作要点》, and then only a document it issued, not a programme's short name: 法治大理 is a 州's or a 市's)
     * or names its rule-of-law programme after it (全州 and 法治巴州), and a
     * township's report is placed in the county whose 《X县法治政府建设实施方案》 it cites; a higher unit's documents
     * (the province's 实施纲要 in a city's report) say only where the report is not from.
     */
    private List<Mention> ownDocuments(String text, List<Mention> all, String levelHint, boolean countyLevelCityByIssuedDocumentsOnly) {
        int speaking = levelHint == null ? -1 : rankOf(levelHint);
        List<Mention> out = new ArrayList<>();
        List<Mention> named = new ArrayList<>(all);
        named.addAll(programmes(text, levelHint));
        for (Mention m : named) {
            RegionUnit unit = m.units().get(0);
            int rank = levelRank(unit);
            boolean atTheSpeakersLevel = rank == speaking || speaking < 0
                    || speaking == rankOf("city") && unit.isMunicipality() // 全市 in 上海's report
                    || countyLevelCityByIssuedDocumentsOnly && speaking == rankOf("city") && rank == rankOf("county") && unit.name().endsWith("市");
            boolean cited = citedAsIssuer(text, m.start(), all);
            // its own programme: 法治苏州, 法治巴州, 法治越城建设 (a government names its rule-of-law drive after itself)
            boolean programme = !countyLevelCityByIssuedDocumentsOnly && m.start() >= 2 && text.startsWith("法治", m.start() - 2);
            if (atTheSpeakersLevel && (cited && !m.shortForm() || programme)) {
                out.add(m); // 我市 citing 《遂宁市…办法》, 全州 building 法治巴州
            } else if (cited && !m.shortForm() && "township".equals(levelHint) && rank == rankOf("county")
                    && OWN_FRAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
                out.add(m); // a township citing its county's 《X县法治政府建设实施方案》
            } else if (programme && "township".equals(levelHint) && rank == rankOf("county")) {
                out.add(m); // a street holding its district's “法治宝安建设”工作部署会: the drive it takes part in
            }
        }
        // one unit named that way decides; several decide together when they lie on one line of descent (a street's
        // 《黄石街…方案》 and its district's 《中共广州市白云区委…》); two unrelated ones decide nothing
        if (out.stream().map(Mention::units).distinct().count() == 1) {
            return List.of(out.get(0));
        }
        for (Mention a : out) {
            for (Mention b : out) {
                if (!related(a, b)) {
                    return List.of();
                }
            }
        }
        return out;
    }

    /**
     * A township whose name no unit the text supports can place (东坝乡 is listed in Tibet and Qinghai, not under
     * Beijing's 朝阳区) lies in the county whose rule-of-law plan it cites (《2022年朝阳区推进法治政府建设工作要点》), that
     * county told apart by the places the text names (北京市); null when no one county is cited that way.
     */
    private Region inItsCountysFrame(String township, String text, List<Mention> all) {
        List<Mention> frame = ownDocuments(text, all, "township", false);
        if (frame.size() != 1) {
            return null;
        }
        List<RegionUnit> counties = frame.get(0).units();
        RegionUnit county = counties.size() == 1 ? counties.get(0) : byEvidence(counties, all);
        if (county == null || county.level() != RegionUnit.Level.COUNTY) {
            return null;
        }
        Region region = toRegion(county);
        return new Region(region.province(), region.city(), region.county(), township, region.code());
    }

    private static boolean related(Mention a, Mention b) {
        return a.units().stream().anyMatch(u -> b.units().stream().anyMatch(v -> u == v || u.isWithin(v) || v.isWithin(u)));
    }

    /**
     * 《中共广州市白云区委…》: a place opening a cited title, after its party prefix and its parents' names (each a
     * place named right before it); a title nested in another opens with 〈 or < ("《关于印发〈杭州市上城区…工作要点〉的通知》").
     */
    /** What opens a cited title: 《, and 〈 or < for a title nested in another. */
    private static final String TITLE_OPENERS = "《〈<";

    private static boolean citedAsIssuer(String text, int start, List<Mention> mentions) {
        int at = start;
        for (int hops = 0; hops < 3; hops++) {
            int open = at >= 2 && text.startsWith("中共", at - 2) ? at - 2 : at;
            open -= yearBefore(text, open); // 《2023年渝中区法治政府建设工作要点》
            if (open > 0 && TITLE_OPENERS.indexOf(text.charAt(open - 1)) >= 0) {
                return true;
            }
            int end = at;
            Mention parent = mentions.stream().filter(m -> m.end() == end && !m.shortForm()).findFirst().orElse(null);
            if (parent == null) {
                return false;
            }
            at = parent.start();
        }
        return false;
    }

    /** The length of a year ("2023年", "2023年度") ending at {@code end}, or 0. */
    private static int yearBefore(String text, int end) {
        int length = end >= 6 && text.startsWith("年度", end - 2) ? 6 : end >= 5 && text.charAt(end - 1) == '年' ? 5 : 0;
        if (length == 0 || text.charAt(end - length) != '2' || text.charAt(end - length + 1) != '0') {
            return 0;
        }
        for (int i = end - length + 2; i < end - length + 4; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return 0;
            }
        }
        return length;
    }

    /**
     * A bureau's report cites its government's documents (《潼关县…工作要点》) and often its province's too: when all the
     * places it cites lie on one line of descent, the lowest is its government.
     */
    private static List<Mention> citedByABureau(String text, List<Mention> all, Mention mostMentioned) {
        List<Mention> cited = all.stream()
                .filter(m -> !m.shortForm() && citedAsIssuer(text, m.start(), all)).toList();
        Mention lowest = null;
        for (Mention m : cited) {
            if (m.units().size() != 1) {
                return List.of();
            }
            if (lowest == null || levelRank(m.units().get(0)) > levelRank(lowest.units().get(0))) {
                lowest = m;
            }
        }
        if (lowest == null) {
            return List.of();
        }
        RegionUnit bottom = lowest.units().get(0);
        boolean oneLine = cited.stream().map(m -> m.units().get(0)).allMatch(u -> u == bottom || bottom.isWithin(u));
        if (!oneLine) {
            return List.of();
        }
        // a district bureau cites its city's rules and names its district most: the deeper unit is its government; but
        // a unit named only as often as another inside that government (以东兴市、港口区的乡镇为试点) is where its work went
        if (mostMentioned != null && mostMentioned.units().stream().anyMatch(u -> u.isWithin(bottom))
                && namedMoreThanAnyOtherWithin(text, all, mostMentioned, bottom)) {
            return List.of(mostMentioned);
        }
        return bottom.level() == RegionUnit.Level.PROVINCE ? List.of() : List.of(lowest);
    }

    /** Whether {@code m}'s name occurs (outside 《》) more often than any other unit's inside {@code government}. */
    private static boolean namedMoreThanAnyOtherWithin(String text, List<Mention> all, Mention m, RegionUnit government) {
        Map<String, List<Mention>> byName = namedOutsideTitles(text, all,
                other -> other.units().stream().anyMatch(u -> u.isWithin(government)));
        int own = byName.getOrDefault(m.name(), List.of()).size();
        return byName.entrySet().stream().noneMatch(e -> !e.getKey().equals(m.name()) && e.getValue().size() >= own);
    }

    /**
     * A district or county (not a county-level city) named by a bureau that answers to a city's government, other than
     * as the leadership it answers to (a city bureau's branch: 落实…龙岗区委区政府决策部署).
     */
    private static boolean belowACityTier(String text, Mention m, int tier) {
        RegionUnit unit = m.units().get(0);
        return tier == rankOf("city") && levelRank(unit) > tier && !m.name().endsWith("市")
                && !LEADERSHIP_AFTER_PLACE.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** After a district's name, its party committee and government named together (龙岗区委区政府): levels.json. */
    private static final Pattern LEADERSHIP_AFTER_PLACE = Pattern.compile(
            Lexicon.get().levels().path("leadershipAfterPlace").asText());

    /** Distinct townships a report must name, all in one county and nowhere else, to be placed in that county. */
    private static final int TOWNSHIPS_THAT_PLACE = 2;

    /**
     * A county government that names no place of its own but several of its townships ("我市…在英城街道、英红镇等地建成
     * 阵地"): townships whose names are unique, all in one county whose tier word the text speaks with (我市 for a
     * county-level city, 我县, 我区), place it there. Null when they do not.
     */
    private static Mention countyOfItsTownships(String text, List<Mention> all, String levelHint) {
        if (!"city".equals(levelHint) && !"county".equals(levelHint)) {
            return null;
        }
        RegionUnit county = null;
        java.util.Set<String> names = new java.util.HashSet<>();
        Mention first = null;
        for (Mention m : all) {
            RegionUnit unit = m.units().get(0);
            if (unit.level() != RegionUnit.Level.TOWNSHIP || TitleMarks.inside(text, m.start(), CITED_TITLE_REACH)) {
                continue;
            }
            if (m.shortForm() || m.units().size() != 1 || unit.parent() == null
                    || county != null && unit.parent() != county) {
                return null; // a name several places share, or townships of two counties: they place nothing
            }
            county = unit.parent();
            names.add(m.name());
            first = first == null ? m : first;
        }
        // 我市 speaks as a county-level city (英德市); 我县, 我区, 我旗 as any other county-level unit
        if (county == null || names.size() < TOWNSHIPS_THAT_PLACE || county.level() != RegionUnit.Level.COUNTY
                || county.name().endsWith("市") != "city".equals(levelHint)) {
            return null;
        }
        return new Mention(first.start(), first.end(), county.name(), List.of(county), false);
    }

    private static int rankOf(String level) {
        return switch (level) {
            case "province" -> 0;
            case "city" -> 1;
            case "county" -> 2;
            default -> 3;
        };
    }

    /**
     * A city report that names itself in its opening (南阳市) and a county it praises there too (西峡县…) is the city's:
     * when an opening mention stands at the level the text speaks as, the ones below that level are mentions in passing.
     * But a county-level city speaks as 市 too (登封市, 全市, 我市): when it is the first unit the opening names, it is
     * the report's own and the prefecture named after it (落实郑州市…) is its superior. A county's opening that has spoken
     * as 我县 or 县政府 and then names only towns names them in passing.
     */
    private static void dropUnitsBelowTheSpeaker(List<Mention> seeds, String levelHint, String text) {
        if (levelHint == null || levelHint.equals("department") || levelHint.equals("township")) {
            return;
        }
        int speaking = rankOf(levelHint);
        Mention first = seeds.stream().min(Comparator.comparingInt(Mention::start)).orElse(null);
        boolean countyLevelCityFirst = first != null && speaking == rankOf("city") && countyLevelCity(first);
        // "在廊坊市委、政府和霸州市委的正确领导下,霸州市政府坚持…": the government the sentence is about is the report's own;
        // "在宜春市委、市政府和丰城市委的领导下,我市…": the committee that leads 我市 last and nearest is its own
        Mention subject = speaking == rankOf("city") ? seeds.stream()
                .filter(m -> countyLevelCity(m) && (GOVERNMENT_AS_SUBJECT.matcher(text).region(m.end(), text.length()).lookingAt()
                        || ITS_COMMITTEE_LEADS_US.matcher(text).region(m.end(), text.length()).lookingAt()))
                .findFirst().orElse(null) : null;
        if (seeds.stream().anyMatch(m -> levelRank(m.units().get(0)) == speaking)) {
            seeds.removeIf(m -> levelRank(m.units().get(0)) > speaking && !(countyLevelCityFirst && m.name().equals(first.name()))
                    && !(subject != null && m.name().equals(subject.name())));
        } else if (speaking == rankOf("city") && first != null) {
            Mention city = cityAboveItsDistricts(seeds, text);
            if (city != null) {
                seeds.clear();
                seeds.add(city);
            } else {
                // 我市 praising its towns (水口镇下湖村获评…): where its work went, never the 市 itself
                seeds.removeIf(m -> m.units().get(0).level() == RegionUnit.Level.TOWNSHIP);
            }
        } else if (speaking == rankOf("county") && first != null
                && COUNTY_SPEAKS_OF_ITSELF.matcher(text).region(Math.max(0, first.start() - OPENING_CHARS), first.start()).find()) {
            // a county that has spoken as 县政府/我县 before it praises its towns (花园镇、卫店镇被评为…) is not a town:
            // its own name is sought in the rest of the text
            seeds.removeIf(m -> levelRank(m.units().get(0)) > speaking);
        }
    }

    /** A county's words for itself, with no name before them: 我县, 我区, "…领导下,县政府深入…". */
    private static final Pattern COUNTY_SPEAKS_OF_ITSELF = Pattern.compile(
            "我(?:县|区|旗)|(?<![\\u4e00-\\u9fa5])(?:县|区|旗)(?:人民)?政府");

    /**
     * A city that speaks as 我市 and names only a unit of one of its districts in its opening (咸安区向阳湖镇司法所…作典型
     * 发言) is that district's city, when the text names the city in short too (为咸宁…): a prefecture city's report
     * names its districts' work. Not under a county-level city (霸州市's towns): its report is the county's own.
     */
    private static Mention cityAboveItsDistricts(List<Mention> seeds, String text) {
        RegionUnit city = null;
        for (Mention m : seeds) {
            if (m.units().size() != 1) {
                return null;
            }
            RegionUnit county = m.units().get(0);
            while (county != null && county.level() != RegionUnit.Level.COUNTY) {
                county = county.parent();
            }
            if (county == null || county.name().endsWith("市") || county.parent() == null
                    || county.parent().level() != RegionUnit.Level.CITY || city != null && city != county.parent()) {
                return null;
            }
            city = county.parent();
        }
        if (city == null || city.name().length() < 3 || !text.contains(city.name().substring(0, city.name().length() - 1))) {
            return null;
        }
        Mention first = seeds.get(0);
        return new Mention(first.start(), first.end(), city.name(), List.of(city), false);
    }

    private static boolean countyLevelCity(Mention m) {
        return m.units().size() == 1 && levelRank(m.units().get(0)) == rankOf("county") && m.name().endsWith("市");
    }

    /** A county-level city's own party committee leading the speaker: "丰城市" + "委的领导下,我市…". */
    private static final Pattern ITS_COMMITTEE_LEADS_US = Pattern.compile(
            "委(?:、(?:市)?(?:人民)?政府)?的(?:正确|坚强|坚强正确|正确坚强)?领导下[,,]?(?:我市|全市)");

    /** A government as its sentence's subject: "(霸州市)政府坚持…", "(义乌市)人民政府深入…". */
    private static final Pattern GOVERNMENT_AS_SUBJECT = Pattern.compile(
            "(?:人民)?政府(?:" + LevelClassifier.VERB_START_ALTERNATION + ")");

    /**
     * A title that names the unit the text speaks as ("江苏省2018年度…报告", then 全省各级政府…) makes the lower units its
     * opening names (推广苏州市吴江区…经验) places its work went, not the report's own.
     */
    private static void dropOpeningBelowASelfNamedSpeaker(List<Mention> opening, List<Mention> selfNamed, String levelHint) {
        if (levelHint == null || levelHint.equals("department") || levelHint.equals("township")) {
            return;
        }
        int speaking = rankOf(levelHint);
        if (selfNamed.stream().anyMatch(m -> m.units().size() == 1 && levelRank(m.units().get(0)) == speaking)) {
            opening.removeIf(m -> levelRank(m.units().get(0)) > speaking);
        }
    }
}
