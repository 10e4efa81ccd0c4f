package com.fazhi.e2e;

import com.fazhi.contract.StoreCollections;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.stack.LocalKafkaBroker;
import com.fazhi.stack.LocalMongoServer;

/**
 * The whole path: a real KRaft broker and the Mongo-wire server in this JVM, the three services as separate
 * processes from their packaged jars. A report POSTed to ingest-service becomes queryable in query-service.
 */
class PipelineEndToEndTest {

    private static final Path ROOT = Path.of(System.getProperty("e2e.root", ".."));
    private static final Path SEEDS = ROOT.resolve("extractor/src/test/resources/corpus/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_KEY = "e2e-key-" + UUID.randomUUID();
    private static final String ANALYST_KEY = "e2e-analyst-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalKafkaBroker kafka;
    private static LocalMongoServer mongo;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess ingest;
    private static ServiceProcess query;

    @BeforeAll
    static void startPipeline() throws Exception {
        kafka = LocalKafkaBroker.onFreePorts().start();
        mongo = LocalMongoServer.inMemory();
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_MONGODB_CONNECTION_STRING", mongo.connectionString(),
                "INGEST_API_KEYS", API_KEY + ",e2e-analyst:analyst:" + ANALYST_KEY);
        int ingestPort = freePort();
        services.add(ServiceProcess.start(ROOT, "extract-service", freePort(), env));
        Map<String, String> queryEnv = new java.util.HashMap<>(env);
        queryEnv.put("DASHBOARD_INGEST_URL", "http://127.0.0.1:" + ingestPort); // where the review mode posts corrections
        query = ServiceProcess.start(ROOT, "query-service", freePort(), queryEnv);
        services.add(query);
        ingest = ServiceProcess.start(ROOT, "ingest-service", ingestPort, env);
        services.add(ingest);
        for (ServiceProcess service : services) {
            service.awaitReady(HTTP, Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        for (ServiceProcess service : services) {
            service.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void postedReportBecomesQueryableOnceEvenWhenPostedTwice() throws Exception {
        Path seed = SEEDS.resolve("000_e8bd0da2750646bc.txt");
        HttpResponse<String> first = upload(seed, "https://www.rongchang.gov.cn/zwgk/report.html");
        assertEquals(202, first.statusCode(), first.body());
        JsonNode accepted = JSON.readTree(first.body());
        String id = accepted.get("id").asText();
        assertFalse(accepted.get("duplicate").asBoolean());

        JsonNode report = awaitReport(id);
        assertEquals("重庆市荣昌区人民政府关于2023年法治政府建设情况的报告", report.get("title").asText());
        assertEquals(2023, report.get("reportYear").asInt());
        assertEquals("2024-02-26", report.get("publishedAt").asText());
        assertEquals("500153", report.get("region").get("code").asText());
        boolean successRate = false;
        for (JsonNode indicator : report.get("indicators")) {
            if (indicator.get("key").asText().equals("mediation.success_rate") && indicator.get("value").asDouble() == 99.87) {
                String text = report.get("text").asText();
                assertEquals("99.87%", text.substring(indicator.get("start").asInt(), indicator.get("end").asInt()));
                successRate = true;
            }
        }
        assertTrue(successRate, "the engine's indicators reach query-service, with offsets into the stored text");

        HttpResponse<String> again = upload(seed, "https://mirror.example.org/rongchang.html");
        assertEquals(202, again.statusCode());
        assertEquals(id, JSON.readTree(again.body()).get("id").asText());
        assertTrue(JSON.readTree(again.body()).get("duplicate").asBoolean());

        // a second, different report behind it: once it is queryable, the duplicate had every chance to land too
        String otherId = JSON.readTree(upload(SEEDS.resolve("004_e7f22e860264b322.txt"), "https://www.tongzhou.gov.cn/r.html").body())
                .get("id").asText();
        awaitReport(otherId);
        // listed once, under its report's canonical source (another test's copy of this seed may be that source)
        String canonical = awaitReport(id).get("id").asText();
        JsonNode list = JSON.readTree(get("/api/reports?year=2023&size=100").body());
        long copies = 0;
        for (JsonNode item : list.get("items")) {
            String listed = item.get("id").asText();
            if (listed.equals(id) || listed.equals(canonical)) {
                copies++;
            }
        }
        assertEquals(1, copies, "the report posted twice is one document");
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(mongo.connectionString())) {
            assertEquals(1, client.getDatabase("fazhi").getCollection(StoreCollections.REPORTS).countDocuments(
                    com.mongodb.client.model.Filters.eq("_id", id)), "one stored document for both posts");
        }
    }

    @Test
    void aRepostOnAMirrorSiteJoinsTheReportAsAnotherSource() throws Exception {
        String official = "https://www.yinchuan.gov.cn/xxgk/zfxxgkml/fzzfjsnb/2024.html";
        String mirror = "http://www.newbrewcountry.com/xxgk/zfxxgkml/fzzfjsnb/ycs_69362/202503/t20250313_4853996.html";
        String mirrorId = JSON.readTree(upload(ROOT.resolve("extractor/src/test/resources/dedup/JE08-yinchuan-2024-hant-mirror.txt"),
                mirror).body()).get("id").asText();
        awaitReport(mirrorId);
        String officialId = JSON.readTree(upload(ROOT.resolve("extractor/src/test/resources/corpus/dev2/026.txt"), official).body())
                .get("id").asText();
        assertFalse(officialId.equals(mirrorId), "other script, other furniture: another document");

        JsonNode[] report = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            report[0] = awaitReport(mirrorId);
            return report[0].path("sources").size() == 2;
        });
        assertEquals(officialId, report[0].get("id").asText(), "the mirror's id answers with the government site's copy");
        assertEquals(mirrorId, report[0].get("requestedId").asText());
        assertEquals(official, report[0].get("sources").get(0).get("url").asText());
        assertTrue(report[0].get("sources").get(0).get("canonical").asBoolean());
        assertEquals(mirror, report[0].get("sources").get(1).get("url").asText());
        assertFalse(report[0].get("sources").get(1).get("canonical").asBoolean());

        JsonNode list = JSON.readTree(get("/api/reports?year=2024&size=100").body());
        int listed = 0;
        for (JsonNode item : list.get("items")) {
            String id = item.get("id").asText();
            if (id.equals(officialId) || id.equals(mirrorId)) {
                listed++;
                assertEquals(officialId, id);
                assertEquals(2, item.get("sourceCount").asInt());
            }
        }
        assertEquals(1, listed, "the report is listed once");
    }

    @Test
    void anAnalystsCorrectionsSurviveAReextractionByANewerEngine() throws Exception {
        String text = "重庆市江北区人民政府关于2023年法治政府建设情况的报告\n日期:2024-03-01\n2023年,我区坚持以习近平新时代中国特色"
                + "社会主义思想为指导。区政府常务会议会前学法12次,全年开展学习1000余场(次)。全年办理行政复议案件34件。\n"
                + UUID.randomUUID();
        String id = JSON.readTree(postJson(text, "https://www.cqjb.gov.cn/zwgk/" + UUID.randomUUID()).body()).get("id").asText();
        JsonNode extracted = awaitReport(id);
        JsonNode wrong = extracted.get("indicators").get(0);
        String storedText = extracted.get("text").asText();
        String quote = "区政府常务会议会前学法12次";
        int start = storedText.indexOf(quote);

        HttpResponse<String> asCrawler = correct(id, Map.of("action", "set", "field", "level", "value", "city"), API_KEY + "-x");
        assertEquals(401, asCrawler.statusCode(), "an unknown key");
        assertEquals(202, correct(id, Map.of("action", "reject", "key", wrong.get("key").asText(), "value",
                wrong.get("value").asDouble()), ANALYST_KEY).statusCode());
        assertEquals(202, correct(id, Map.of("action", "set", "field", "authority", "value", "重庆市江北区人民政府(更正)"),
                ANALYST_KEY).statusCode());
        assertEquals(202, correct(id, Map.of("action", "set", "key", "law_study.sessions", "value", 12, "start", start,
                "end", start + quote.length()), ANALYST_KEY).statusCode());
        JsonNode corrected = awaitReview(id, 3);

        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(mongo.connectionString())) {
            var reports = client.getDatabase("fazhi").getCollection(StoreCollections.REPORTS);
            java.util.Date before = reports.find(com.mongodb.client.model.Filters.eq("_id", id)).first().getDate("extractedAt");
            HttpResponse<String> run = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/admin/reextract?all=true"))
                    .header("X-API-Key", API_KEY).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, run.statusCode(), run.body());
            await().atMost(Duration.ofSeconds(120)).until(() -> reports.find(com.mongodb.client.model.Filters.eq("_id", id)).first()
                    .getDate("extractedAt").after(before));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !awaitReport(id).get("extractedAt").asText()
                .equals(corrected.get("extractedAt").asText()));
        JsonNode after = awaitReview(id, 3);
        assertEquals("重庆市江北区人民政府(更正)", after.get("authority").asText(), "the field correction survived");
        assertEquals(0, after.get("review").get("flagged").size(), after.get("review").toString());
        boolean rejected = false;
        for (JsonNode r : after.path("rejectedIndicators")) {
            rejected |= r.get("key").asText().equals(wrong.get("key").asText()) && r.get("value").asDouble() == wrong.get("value").asDouble();
        }
        assertTrue(rejected, "the rejected figure stays rejected");
        boolean set = false;
        for (JsonNode i : after.get("indicators")) {
            if ("corrected".equals(i.path("review").asText())) {
                set = true;
                assertEquals(quote, after.get("text").asText().substring(i.get("start").asInt(), i.get("end").asInt()));
            }
        }
        assertTrue(set, "the set figure survived, with offsets into the new text");
        assertEquals("e2e-analyst", after.get("review").get("log").get(0).get("by").asText());
    }

    private static HttpResponse<String> correct(String id, Map<String, Object> correction, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/reports/" + id + "/corrections"))
                .header("Content-Type", "application/json").header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(correction))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitReview(String id, int corrections) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            found[0] = awaitReport(id);
            return found[0].path("review").path("corrections").asInt() == corrections;
        });
        return found[0];
    }

    @Test
    void reextractionReplacesEveryDocumentWhileNewReportsKeepFlowing() throws Exception {
        List<String> before = new ArrayList<>();
        for (String seed : List.of("001_7d90e1eea6efa530.txt", "002_f975d8ebee0e6be1.txt")) {
            String text = Files.readString(SEEDS.resolve(seed)) + "\n" + UUID.randomUUID();
            before.add(JSON.readTree(postJson(text, "https://reextract.example.gov.cn/" + UUID.randomUUID()).body()).get("id").asText());
        }
        for (String id : before) {
            awaitReport(id);
        }
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(mongo.connectionString())) {
            var db = client.getDatabase("fazhi");
            java.util.Date started = new java.util.Date();
            HttpResponse<String> run = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/admin/reextract?all=true"))
                    .header("X-API-Key", API_KEY).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, run.statusCode(), run.body());
            List<String> during = new ArrayList<>(); // new reports keep coming while the run goes on
            for (int i = 0; i < 3; i++) {
                String text = Files.readString(SEEDS.resolve("003_1f4f6c73cfa690f5.txt")) + "\n" + UUID.randomUUID();
                during.add(JSON.readTree(postJson(text, "https://during.example.gov.cn/" + i).body()).get("id").asText());
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl()
                    + "/admin/reextract")).header("X-API-Key", API_KEY).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .contains("\"state\":\"done\""));
            List<String> archived = new ArrayList<>();
            db.getCollection(StoreCollections.RAW_REPORTS).find().forEach(d -> archived.add(d.getString("_id")));
            await().atMost(Duration.ofSeconds(120)).until(() -> db.getCollection(StoreCollections.REPORTS).countDocuments(
                    com.mongodb.client.model.Filters.and(com.mongodb.client.model.Filters.in("_id", archived),
                            com.mongodb.client.model.Filters.gte("extractedAt", started))) == archived.size());
            for (String id : during) {
                awaitReport(id);
            }
            assertTrue(archived.containsAll(before));
            long raw = db.getCollection(StoreCollections.RAW_REPORTS).countDocuments();
            assertEquals(raw, db.getCollection(StoreCollections.REPORTS).countDocuments(), "one document per raw report: no duplicates");
            // the seeds posted with a random line added are reposts of each other: each group counts once (read again
            // until the read model has taken every re-extracted version: its answers move while it does)
            java.util.Set<String> reports = new java.util.TreeSet<>();
            long[] total = new long[1];
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                reports.clear();
                for (String id : archived) {
                    reports.add(awaitReport(id).get("id").asText());
                }
                total[0] = JSON.readTree(get("/api/reports?size=1").body()).get("total").asLong();
                return total[0] == reports.size();
            });
            assertTrue(reports.size() < raw, "the copies of one seed were grouped");
            assertEquals(reports.size(), total[0], "query-service's read model counts each report once, however many "
                    + "sources it has: " + reports);
        }
    }

    @Test
    void poisonMessageLandsInTheDlqAndTheNextReportStillArrives() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("reports.raw", poisonKey, "this is not a raw report")).get();
        }
        String text = Files.readString(SEEDS.resolve("003_1f4f6c73cfa690f5.txt")) + "\n" + UUID.randomUUID();
        HttpResponse<String> posted = postJson(text, "https://www.maojian.gov.cn/r.html");
        assertEquals(202, posted.statusCode(), posted.body());
        awaitReport(JSON.readTree(posted.body()).get("id").asText());

        ConsumerRecord<String, String> dead = awaitDeadLetter(poisonKey);
        assertEquals("this is not a raw report", dead.value());
        assertTrue(dead.headers().lastHeader("dead-letter-reason") != null, "the DLQ record carries its cause");
    }

    @Test
    void dashboardShowsAnIndicatorChartAndAHighlightedFigure() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "browser test skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        // its own copy of seed 000 (a new id), so the other tests' "first time" stays true in any order
        String text = Files.readString(SEEDS.resolve("000_e8bd0da2750646bc.txt")) + "\n" + UUID.randomUUID();
        HttpResponse<String> posted = postJson(text, "https://www.rongchang.gov.cn/browser-test.html");
        assertEquals(202, posted.statusCode(), posted.body());
        String id = JSON.readTree(posted.body()).get("id").asText();
        awaitReport(id);
        String late = "南通市海门区人民政府关于2023年法治政府建设情况的报告\n发布日期:2024-05-10\n2023年,我区坚持以习近平法治思想为指导,"
                + "全年办理行政复议案件41件。\n" + UUID.randomUUID();
        awaitReport(JSON.readTree(postJson(late, "https://www.haimen.gov.cn/browser-test.html").body()).get("id").asText());
        String lastYear = "重庆市荣昌区人民政府关于2022年法治政府建设情况的报告\n日期:2023-03-01\n2022年,全区调解矛盾纠纷9120件,"
                + "调解成功率99.5%。\n" + UUID.randomUUID();
        String lastYearId = JSON.readTree(postJson(lastYear, "https://www.rongchang.gov.cn/2022.html").body()).get("id").asText();
        awaitReport(lastYearId);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        try (Browser browser = new Browser()) {
            browser.open(query.baseUrl() + "/#/");
            browser.waitFor("#chart-year canvas");
            browser.screenshot(shots.resolve("overview.png"));

            browser.open(query.baseUrl() + "/#/indicators");
            new org.openqa.selenium.support.ui.Select(browser.waitFor("#indicator-select"))
                    .selectByValue("mediation.success_rate");
            browser.waitFor("#indicator-chart canvas");
            // the report is listed under its canonical source: this copy, or another test's copy of the seed
            String listed = awaitReport(id).get("id").asText();
            org.openqa.selenium.WebElement allFigures = browser.waitFor("#indicator-table a.report-link[href*='" + listed + "']");
            // only the figures whose words before them name the concept: the seed's success rate is one (调解成功率99.87%)
            new org.openqa.selenium.support.ui.Select(browser.waitFor("#confidence-select")).selectByValue("0.9");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(allFigures));
            org.openqa.selenium.WebElement link = browser.waitFor("#indicator-table a.report-link[href*='" + listed + "']");
            assertTrue(browser.driver.getCurrentUrl().contains("minConfidence=0.9"), browser.driver.getCurrentUrl());
            assertEquals("0.9", new org.openqa.selenium.support.ui.Select(browser.waitFor("#confidence-select"))
                    .getFirstSelectedOption().getAttribute("value"), "the page re-read with the floor keeps it chosen");
            assertTrue(browser.waitFor("#indicator-table").getText().contains("words before it"), "each row says how it was read");
            browser.screenshot(shots.resolve("indicator.png"));
            link.click();

            browser.waitFor("#report-text mark");
            List<String> marked = browser.driver.findElements(org.openqa.selenium.By.cssSelector("#report-text mark")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
            assertTrue(marked.contains("99.87%"), "the success rate is highlighted where it was read: " + marked);
            assertEquals("99.87%", browser.waitFor("#report-text mark.active").getText());
            browser.screenshot(shots.resolve("report.png"));
            // the same body's 2022 report is linked, with its success rate beside 2023's
            assertEquals("2022", browser.waitFor("#years a.year-link").getText());
            String years = browser.waitFor("#years-table").getText();
            assertTrue(years.contains("99.5") && years.contains("99.87"), years);

            browser.open(query.baseUrl() + "/#/search?q=" + java.net.URLEncoder.encode("调解成功率", StandardCharsets.UTF_8));
            assertTrue(browser.waitFor(".snippet mark").getText().contains("调解成功率"));
            browser.screenshot(shots.resolve("search.png"));

            // the compliance tile map: 海门区 published its 2023 report 40 days after the deadline
            browser.open(query.baseUrl() + "/#/compliance?year=2023");
            browser.waitFor(".tile[data-province='江苏省']").click();
            browser.waitFor(".tile.selected[data-province='江苏省']");
            List<String> daysLate = browser.driver.findElements(org.openqa.selenium.By.cssSelector("#late-table td.days-late"))
                    .stream().map(org.openqa.selenium.WebElement::getText).toList();
            assertTrue(daysLate.contains("40"), "the late report and its days late: " + daysLate);
            browser.screenshot(shots.resolve("compliance-map.png"));

            // review mode: an analyst rejects a success rate and corrects the level, from the report page (of the 2022
            // report: seed 000's copies stay as the engine read them for the other tests)
            browser.open(query.baseUrl() + "/#/report/" + lastYearId + "?review=1");
            browser.waitFor("#review-key").sendKeys(ANALYST_KEY);
            org.openqa.selenium.WebElement row = browser.driver.findElements(org.openqa.selenium.By.cssSelector("#report-indicators tr"))
                    .stream().filter(tr -> tr.getText().contains("99.5")).findFirst().orElseThrow();
            row.findElement(org.openqa.selenium.By.cssSelector("button[data-do='reject']")).click();
            assertTrue(browser.waitFor("#rejected-indicators").getText().contains("99.5"), "the rejected figure is listed as rejected");
            new org.openqa.selenium.support.ui.Select(browser.waitFor("#field-level")).selectByVisibleText("city");
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("button[data-field='level']")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(org.openqa.selenium.By.id("report-level")).getText().startsWith("city"));
            browser.screenshot(shots.resolve("review.png"));
            JsonNode reviewed = awaitReport(lastYearId);
            assertEquals("city", reviewed.get("level").asText());
            assertEquals("e2e-analyst", reviewed.get("review").get("log").get(0).get("by").asText());
        }
    }

    /** Headless Debian chromium through its own chromedriver: nothing downloaded. */
    private static final class Browser implements AutoCloseable {
        final org.openqa.selenium.chrome.ChromeDriver driver;

        Browser() throws IOException {
            org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=1400,1000",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            org.openqa.selenium.chrome.ChromeDriverService service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
            driver = new org.openqa.selenium.chrome.ChromeDriver(service, options);
        }

        void open(String url) {
            driver.get(url);
        }

        org.openqa.selenium.WebElement waitFor(String css) {
            return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector(css)));
        }

        void screenshot(Path file) throws IOException {
            Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }

    private static HttpResponse<String> postJson(String text, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/reports"))
                .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("url", url, "source", "e2e", "text", text))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(Path file, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/reports"))
                .header("Content-Type", "text/plain; charset=UTF-8").header("X-Source-Url", url).header("X-Source", "e2e")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(query.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode awaitReport(String id) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            HttpResponse<String> r = get("/api/reports/" + id);
            if (r.statusCode() == 200) {
                found[0] = JSON.readTree(r.body());
                return true;
            }
            return false;
        });
        return found[0];
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-dlq-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("reports.dlq"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no DLQ record with key " + key);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
