package com.fazhi.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fazhi.reference.region.RegionTable;
import com.fazhi.reference.region.RegionUnit;

/**
 * Realistic reports made from the corpus: a real report's body under a new title and date line for a county drawn
 * from the division table, a report year from 2018 to 2025, and every figure scaled by a random factor (rates kept
 * at or below 100). Deterministic for a seed. No two reports share year and body, whatever their counties: many
 * corpus bodies keep their own title or signature, so the engine may rightly read the body's government rather than
 * the generated header, and two such reports would be one government's one report, which query-service counts once
 * (a kill test once waited for 5,000 reports and saw 4,999). So at most 8 reports per corpus text.
 */
public final class ReportGenerator {

    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)(余|多)?(件|起|人|名|次|场|场次|卷|份|条|项|个|%)");

    private static final int YEARS = 8;

    private final List<String> bodies = new ArrayList<>();
    private final List<RegionUnit> counties = new ArrayList<>();
    private final Random random;
    private final java.util.Set<String> drawn = new java.util.HashSet<>();

    public ReportGenerator(Path corpus, long seed) throws IOException {
        this.random = new Random(seed);
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                bodies.add(Files.readString(f));
            }
        }
        RegionTable table = RegionTable.get();
        for (String prefix : new String[] {"11", "31", "32", "33", "35", "42", "43", "44", "50", "51", "53", "62"}) {
            for (int code = 1; code <= 99; code++) {
                for (int city = 0; city <= 20; city++) {
                    RegionUnit unit = table.byCode(prefix + String.format("%02d%02d", city, code));
                    if (unit != null) {
                        counties.add(unit);
                    }
                }
            }
        }
    }

    /** One report: [url, text]. */
    public synchronized String[] next(int i) {
        if (drawn.size() >= bodies.size() * YEARS) {
            throw new IllegalStateException("the corpus's " + bodies.size() + " texts make at most "
                    + bodies.size() * YEARS + " distinct reports");
        }
        RegionUnit county;
        int year;
        int bodyIndex;
        do {
            county = counties.get(random.nextInt(counties.size()));
            year = 2018 + random.nextInt(YEARS);
            bodyIndex = random.nextInt(bodies.size());
        } while (!drawn.add(year + "/" + bodyIndex));
        RegionUnit city = county.at(RegionUnit.Level.CITY);
        RegionUnit province = county.at(RegionUnit.Level.PROVINCE);
        String authority = province.name() + (city == null ? "" : city.name()) + county.name() + "人民政府";
        String published = (year + 1) + String.format("-%02d-%02d", 1 + random.nextInt(5), 1 + random.nextInt(28));
        String body = scaleFigures(bodies.get(bodyIndex));
        String text = authority + "关于" + year + "年法治政府建设情况的报告\n发布日期:" + published + "\n" + body
                + "\n" + authority + "\n";
        return new String[] {"https://load.example.gov.cn/" + county.code() + "/" + year + "/" + i + ".html", text};
    }

    private String scaleFigures(String body) {
        Matcher m = FIGURE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double value = Double.parseDouble(m.group(1)) * (0.5 + random.nextDouble());
            String scaled = "%".equals(m.group(3)) ? String.format("%.1f", Math.min(100, value)) : String.valueOf(Math.max(1, Math.round(value)));
            m.appendReplacement(out, Matcher.quoteReplacement(scaled + (m.group(2) == null ? "" : m.group(2)) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
