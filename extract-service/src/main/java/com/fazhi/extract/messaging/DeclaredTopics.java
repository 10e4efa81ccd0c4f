package com.fazhi.extract.messaging;

import java.util.ArrayList;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fazhi.contract.Topics;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes the topics what {@code fazhi/topics.properties} (the contract module) declares, at start: a missing topic is
 * created with its partitions and configs, an existing one gets its declared configs (reports.extracted must be
 * compacted: it keeps the latest version of every report for ever). Where topics are managed declaratively
 * (compose's topic container, Strimzi KafkaTopics in deploy/, both checked against the same declaration by
 * DeploymentFilesTest) this finds them in place and changes nothing.
 */
@ApplicationScoped
public class DeclaredTopics {

    private static final Logger LOG = Logger.getLogger(DeclaredTopics.class);

    private final String bootstrapServers;

    public DeclaredTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void ensure(@Observes StartupEvent started) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, java.util.Collection<AlterConfigOp>> toSet = new java.util.HashMap<>();
            for (Topics.Topic topic : Topics.all()) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
                            .configs(topic.config()));
                } else {
                    toSet.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.config().entrySet()
                            .stream().map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()),
                                    AlterConfigOp.OpType.SET)).toList());
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
                LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
            }
            if (!toSet.isEmpty()) {
                admin.incrementalAlterConfigs(toSet).all().get(15, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("could not check the declared topics now (they are checked again at the next start): %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
