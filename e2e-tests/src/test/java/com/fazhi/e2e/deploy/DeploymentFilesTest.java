package com.fazhi.e2e.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.ReportIndexes;
import com.fazhi.contract.Topics;
import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The deployment files, checked without a cluster: every manifest in deploy/ (and the production overlay as
 * kubectl kustomize renders it) parses into the real Kubernetes (fabric8) and Strimzi model classes with no field
 * the model does not know, and agrees with the code: ports and probes with each service's application.properties,
 * every environment name with a property it sets, the topics with the channels, KEDA's trigger with the consumer
 * group. docker-compose.yml is held to the same names, ports and topics.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("e2e.root", ".."));
    private static final List<String> SERVICES = List.of("ingest-service", "extract-service", "query-service");

    @Test
    void everyManifestParsesIntoTheRealModelsWithNoUnknownField() throws IOException {
        List<Manifests.Parsed> parsed = Manifests.parseAll(manifestFiles());
        assertTrue(parsed.size() >= 12, "only " + parsed.size() + " manifests found");
        List<String> unknown = new ArrayList<>();
        parsed.forEach(p -> unknown.addAll(p.unknownFields()));
        assertEquals(List.of(), unknown, "fields the Kubernetes/Strimzi models do not know (a typo is silently ignored by a cluster)");
    }

    @Test
    void deploymentsAgreeWithTheServicesTheyRun() throws IOException {
        List<Manifests.Parsed> parsed = Manifests.parseAll(manifestFiles());
        Map<String, String> configMap = Manifests.configMapData(parsed, "pipeline-config");
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            ServiceConfig config = ServiceConfig.of(ROOT.resolve(service));
            Deployment deployment = Manifests.deployment(parsed, service);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            int port = container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow().getContainerPort();
            if (port != config.httpPort()) {
                problems.add(service + ": container port " + port + ", application.properties quarkus.http.port " + config.httpPort());
            }
            checkProbe(problems, service, "readiness", container.getReadinessProbe(), "/q/health/ready");
            checkProbe(problems, service, "liveness", container.getLivenessProbe(), "/q/health/live");
            for (EnvVar env : container.getEnv()) {
                if (!config.acceptsEnv(env.getName())) {
                    problems.add(service + ": env " + env.getName() + " sets no property of its application.properties");
                }
            }
            for (EnvFromSource from : container.getEnvFrom()) {
                if (from.getConfigMapRef() != null && from.getConfigMapRef().getName().equals("pipeline-config")) {
                    configMap.keySet().stream().filter(k -> !config.acceptsEnv(k))
                            .forEach(k -> problems.add(service + ": ConfigMap key " + k + " sets no property"));
                }
            }
            int servicePort = Manifests.servicePort(parsed, service);
            if (servicePort != config.httpPort()) {
                problems.add(service + ": Service port " + servicePort + " is not the container's " + config.httpPort());
            }
        }
        assertEquals(List.of(), problems);
    }

    /** extract-service's channel of reports, which KEDA scales it on (its other, reports.reextract, has one partition). */
    private static final String REPORTS_CHANNEL = "reports-raw";

    @Test
    void topicsScalersAndConsumerGroupsAgreeWithTheChannels() throws IOException {
        List<Manifests.Parsed> parsed = Manifests.parseAll(manifestFiles());
        Set<String> channelTopics = new TreeSet<>();
        for (String service : SERVICES) {
            channelTopics.addAll(ServiceConfig.of(ROOT.resolve(service)).topics());
        }
        assertEquals(channelTopics, Manifests.kafkaTopics(parsed).keySet(), "deploy/kafka/topics.yaml against the channels");
        assertEquals("compact", Manifests.kafkaTopics(parsed).get("reports.extracted").getSpec().getConfig().get("cleanup.policy"));

        ServiceConfig extract = ServiceConfig.of(ROOT.resolve("extract-service"));
        JsonNode keda = Manifests.single(parsed, "ScaledObject").tree();
        JsonNode trigger = keda.path("spec").path("triggers").get(0);
        assertEquals("kafka", trigger.path("type").asText());
        assertEquals(extract.incomingTopic(REPORTS_CHANNEL), trigger.path("metadata").path("topic").asText());
        assertEquals(extract.groupId(REPORTS_CHANNEL), trigger.path("metadata").path("consumerGroup").asText());
        String target = keda.path("spec").path("scaleTargetRef").path("name").asText();
        Manifests.deployment(parsed, target);
        int partitions = Manifests.kafkaTopics(parsed).get(extract.incomingTopic(REPORTS_CHANNEL)).getSpec().getPartitions();
        assertTrue(keda.path("spec").path("maxReplicaCount").asInt() <= partitions,
                "more extract-service replicas than partitions of " + extract.incomingTopic(REPORTS_CHANNEL) + " would stay idle");
        Manifests.deployment(parsed, Manifests.single(parsed, "HorizontalPodAutoscaler").tree()
                .path("spec").path("scaleTargetRef").path("name").asText());
    }

    /** The production overlay renders with kubectl kustomize (installed on our machines) and holds both scalers. */
    @Test
    void theProductionOverlayRendersWithItsScalers() throws Exception {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve("deploy/overlays/production").toString())
                .redirectErrorStream(false).start();
        String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS) && kubectl.exitValue() == 0, "kubectl kustomize failed: " + errors);
        List<Manifests.Parsed> parsed = Manifests.parse("overlays/production (rendered)", rendered);
        Set<String> kinds = new TreeSet<>();
        parsed.forEach(p -> kinds.add(p.kind()));
        assertEquals(Set.of("ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Namespace", "ScaledObject", "Service"), kinds);
        List<String> unknown = new ArrayList<>();
        parsed.forEach(p -> unknown.addAll(p.unknownFields()));
        assertEquals(List.of(), unknown);
        parsed.stream().filter(p -> !p.kind().equals("Namespace"))
                .forEach(p -> assertEquals("fazhi-reports", p.tree().path("metadata").path("namespace").asText(), p.name()));
    }

    @Test
    void composeUsesTheSameEnvironmentPortsAndTopics() throws IOException {
        JsonNode compose = Manifests.yaml().readTree(ROOT.resolve("docker-compose.yml").toFile());
        List<String> problems = new ArrayList<>();
        Set<String> channelTopics = new TreeSet<>();
        for (String service : SERVICES) {
            ServiceConfig config = ServiceConfig.of(ROOT.resolve(service));
            channelTopics.addAll(config.topics());
            JsonNode definition = compose.path("services").path(service);
            assertFalse(definition.isMissingNode(), "docker-compose.yml has no service " + service);
            definition.path("environment").fieldNames().forEachRemaining(name -> {
                if (!config.acceptsEnv(name)) {
                    problems.add(service + ": environment " + name + " sets no property of its application.properties");
                }
            });
            for (JsonNode port : definition.path("ports")) {
                String mapping = port.asText();
                String containerPort = mapping.substring(mapping.lastIndexOf(':') + 1);
                if (Integer.parseInt(containerPort) != config.httpPort()) {
                    problems.add(service + ": port " + mapping + " does not reach quarkus.http.port " + config.httpPort());
                }
            }
        }
        String topicsCommand = compose.path("services").path("kafka-topics").toString();
        Set<String> created = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--topic ([\\w.-]+)").matcher(topicsCommand);
        while (m.find()) {
            created.add(m.group(1));
        }
        assertEquals(channelTopics, created, "topics docker-compose.yml creates");
        assertEquals(List.of(), problems);
    }

    /** deploy/mongodb/indexes.js creates for a DBA exactly the indexes extract-service creates (contract: fazhi/indexes.properties). */
    @Test
    void theDbaScriptCreatesTheDeclaredIndexes() throws IOException {
        String script = Files.readString(ROOT.resolve("deploy/mongodb/indexes.js"), StandardCharsets.UTF_8);
        java.util.regex.Matcher call = java.util.regex.Pattern
                .compile("\\." + ReportIndexes.COLLECTION + "\\.createIndex\\(\\{([^}]*)\\},\\s*\\{\\s*name:\\s*\"([\\w]+)\"")
                .matcher(script.replace("reports.createIndex", "." + ReportIndexes.COLLECTION + ".createIndex"));
        Map<String, String> inScript = new java.util.LinkedHashMap<>();
        while (call.find()) {
            inScript.put(call.group(2), call.group(1).replaceAll("[\\s\"]", ""));
        }
        Map<String, String> declared = new java.util.LinkedHashMap<>();
        for (ReportIndexes.Index index : ReportIndexes.all()) {
            declared.put(index.name(), String.join(",", index.keys().entrySet().stream()
                    .map(k -> k.getKey() + ":" + k.getValue()).toList()));
        }
        assertEquals(declared, inScript, "deploy/mongodb/indexes.js against contract/…/fazhi/indexes.properties");
    }

    /** The topics are declared once (contract: fazhi/topics.properties); compose and Strimzi create exactly those. */
    @Test
    void composeAndStrimziCreateTheDeclaredTopics() throws IOException {
        List<Manifests.Parsed> parsed = Manifests.parseAll(manifestFiles());
        Map<String, io.strimzi.api.kafka.model.topic.KafkaTopic> strimzi = Manifests.kafkaTopics(parsed);
        JsonNode compose = Manifests.yaml().readTree(ROOT.resolve("docker-compose.yml").toFile());
        StringBuilder commands = new StringBuilder();
        compose.path("services").path("kafka-topics").path("command").forEach(c -> commands.append(c.asText()).append('\n'));
        String script = commands.toString();
        List<String> problems = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        for (Topics.Topic topic : Topics.all()) {
            declared.add(topic.name());
            io.strimzi.api.kafka.model.topic.KafkaTopic k = strimzi.get(topic.name());
            if (k == null) {
                problems.add("deploy/kafka/topics.yaml has no KafkaTopic " + topic.name());
            } else {
                if (k.getSpec().getPartitions() != topic.partitions()) {
                    problems.add("topics.yaml: " + topic.name() + " has " + k.getSpec().getPartitions() + " partitions, declared "
                            + topic.partitions());
                }
                topic.config().forEach((name, value) -> {
                    Object set = k.getSpec().getConfig().get(name);
                    if (set == null || !value.equals(String.valueOf(set))) {
                        problems.add("topics.yaml: " + topic.name() + " " + name + "=" + set + ", declared " + value);
                    }
                });
            }
            java.util.regex.Matcher line = java.util.regex.Pattern
                    .compile("--topic " + java.util.regex.Pattern.quote(topic.name()) + " ([^\\n\"]*)").matcher(script);
            if (!line.find()) {
                problems.add("docker-compose.yml does not create " + topic.name());
                continue;
            }
            String options = line.group(1);
            if (!options.contains("--partitions " + topic.partitions())) {
                problems.add("docker-compose.yml: " + topic.name() + " is not created with " + topic.partitions() + " partitions");
            }
            topic.config().forEach((name, value) -> {
                if (!options.contains("--config " + name + "=" + value)) {
                    problems.add("docker-compose.yml: " + topic.name() + " lacks --config " + name + "=" + value);
                }
            });
        }
        assertEquals(declared, new TreeSet<>(strimzi.keySet()), "KafkaTopics against the declared topics");
        assertEquals(List.of(), problems);
    }

    private static void checkProbe(List<String> problems, String service, String which, Probe probe, String path) {
        if (probe == null || probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            problems.add(service + ": " + which + " probe is not GET " + path);
        }
    }

    private static List<Path> manifestFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("deploy/base", "deploy/base/scaling", "deploy/kafka")) {
            try (var listing = Files.list(ROOT.resolve(dir))) {
                listing.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }
}
