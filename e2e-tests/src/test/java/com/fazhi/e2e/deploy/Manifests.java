package com.fazhi.e2e.deploy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * YAML manifests read into the model classes of their kind: fabric8's Kubernetes model, Strimzi's api, and for
 * KEDA (which publishes no Java model) the tree with the fields its ScaledObject defines. The models keep a field
 * they do not know in "additionalProperties" instead of failing; {@link Parsed#unknownFields} finds every such one.
 */
final class Manifests {

    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<String, Class<?>> MODELS = Map.of("Deployment", Deployment.class, "Service", Service.class,
            "ConfigMap", ConfigMap.class, "Namespace", Namespace.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "KafkaTopic", KafkaTopic.class);
    /** KEDA ScaledObject (keda.sh/v1alpha1): the spec fields it defines, and those of a trigger. */
    private static final List<String> SCALED_OBJECT_SPEC = List.of("scaleTargetRef", "pollingInterval", "cooldownPeriod",
            "idleReplicaCount", "minReplicaCount", "maxReplicaCount", "fallback", "advanced", "triggers", "initialCooldownPeriod");
    private static final List<String> SCALED_OBJECT_TRIGGER = List.of("type", "metadata", "name", "authenticationRef",
            "metricType", "useCachedMetrics");

    private Manifests() {
    }

    static YAMLMapper yaml() {
        return new YAMLMapper();
    }

    record Parsed(String source, String kind, String name, JsonNode tree, Object model) {

        /** Every field the model did not know, with its path; for a ScaledObject, fields KEDA does not define. */
        List<String> unknownFields() {
            List<String> out = new ArrayList<>();
            String where = source + " " + kind + "/" + name;
            if (model != null) {
                collect(model, where, out, new IdentityHashMap<>(), 0);
            } else if (kind.equals("ScaledObject")) {
                tree.path("spec").fieldNames().forEachRemaining(f -> {
                    if (!SCALED_OBJECT_SPEC.contains(f)) {
                        out.add(where + ": spec." + f);
                    }
                });
                for (JsonNode trigger : tree.path("spec").path("triggers")) {
                    trigger.fieldNames().forEachRemaining(f -> {
                        if (!SCALED_OBJECT_TRIGGER.contains(f)) {
                            out.add(where + ": spec.triggers[]." + f);
                        }
                    });
                }
            } else {
                out.add(where + ": no model for kind " + kind);
            }
            return out;
        }
    }

    static List<Parsed> parseAll(List<Path> files) throws IOException {
        List<Parsed> out = new ArrayList<>();
        for (Path file : files) {
            out.addAll(parse(file.getFileName().toString(), Files.readString(file)));
        }
        return out;
    }

    static List<Parsed> parse(String source, String yamlText) throws IOException {
        List<Parsed> out = new ArrayList<>();
        YAMLMapper yaml = yaml();
        try (var parser = new YAMLFactory().createParser(yamlText)) {
            for (JsonNode doc : yaml.readValues(parser, JsonNode.class).readAll()) {
                if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
                    continue;
                }
                String kind = doc.path("kind").asText();
                Class<?> model = MODELS.get(kind);
                out.add(new Parsed(source, kind, doc.path("metadata").path("name").asText(), doc,
                        model == null ? null : JSON.treeToValue(doc, model)));
            }
        }
        return out;
    }

    static Deployment deployment(List<Parsed> parsed, String name) {
        return (Deployment) parsed.stream().filter(p -> p.kind().equals("Deployment") && p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + name)).model();
    }

    static int servicePort(List<Parsed> parsed, String name) {
        Service service = (Service) parsed.stream().filter(p -> p.kind().equals("Service") && p.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no Service " + name)).model();
        return service.getSpec().getPorts().get(0).getPort();
    }

    static Map<String, String> configMapData(List<Parsed> parsed, String name) {
        ConfigMap map = (ConfigMap) parsed.stream().filter(p -> p.kind().equals("ConfigMap") && p.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name)).model();
        return map.getData();
    }

    static Map<String, KafkaTopic> kafkaTopics(List<Parsed> parsed) {
        Map<String, KafkaTopic> out = new LinkedHashMap<>();
        parsed.stream().filter(p -> p.kind().equals("KafkaTopic")).forEach(p -> out.put(p.name(), (KafkaTopic) p.model()));
        return out;
    }

    static Parsed single(List<Parsed> parsed, String kind) {
        List<Parsed> found = parsed.stream().filter(p -> p.kind().equals(kind)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " manifests of kind " + kind + ", expected one");
        }
        return found.get(0);
    }

    /** Walks a model's getters; a non-empty additionalProperties map is a field the model did not know. */
    private static void collect(Object value, String path, List<String> out, Map<Object, Boolean> seen, int depth) {
        if (value == null || depth > 40 || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value.getClass().isPrimitive() || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(item, path + "[" + i++ + "]", out, seen, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, path + "." + k, out, seen, depth + 1));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            if (!name.startsWith("get") || name.equals("getClass")) {
                continue;
            }
            Object result;
            try {
                result = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (result instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    out.add(path + ": unknown " + extra.keySet());
                }
            } else {
                collect(result, path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4), out, seen, depth + 1);
            }
        }
    }
}
