package com.fazhi.extract.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure {@code reports.extracted} exists and is compacted (it must keep the latest version of every report for
 * ever, not expire after a retention time), at start. Where topics are managed declaratively (compose's topic
 * container, Strimzi KafkaTopics in deploy/) this finds them in place and changes nothing.
 */
@ApplicationScoped
public class ExtractedTopic {

    private static final Logger LOG = Logger.getLogger(ExtractedTopic.class);

    private final String bootstrapServers;
    private final String topic;
    private final int partitions;

    public ExtractedTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.outgoing.reports-extracted.topic") String topic,
            @ConfigProperty(name = "extract.extracted-topic.partitions") int partitions) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.partitions = partitions;
    }

    void ensure(@Observes StartupEvent started) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            if (!existing.contains(topic)) {
                NewTopic created = new NewTopic(topic, Optional.of(partitions), Optional.empty()).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024)));
                admin.createTopics(List.of(created)).all().get(15, TimeUnit.SECONDS);
                LOG.infof("created compacted topic %s with %d partitions", topic, partitions);
            } else {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                        AlterConfigOp.OpType.SET)))).all().get(15, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("could not check topic %s now (it is checked again at the next start): %s", topic, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
