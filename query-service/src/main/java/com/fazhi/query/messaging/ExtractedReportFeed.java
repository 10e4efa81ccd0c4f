package com.fazhi.query.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.ReportDocumentCodec;
import com.fazhi.query.storage.ReportReadModel;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Feeds the {@link ReportReadModel} from the compacted {@code reports.extracted} topic, which holds the latest version
 * of every stored report keyed by id (a null value deletes), and from the compacted {@code reports.corrections} topic,
 * which holds the analysts' latest correction of every report and target keyed {@code id|target} (a null value
 * withdraws it). Every replica reads every partition of both from the beginning (assigned, not in a consumer group:
 * each one needs the whole model), so a restart rebuilds the model. The service is ready once it has read up to the
 * end offsets it found at start; it then follows new records as they come.
 */
@ApplicationScoped
public class ExtractedReportFeed {

    private static final Logger LOG = Logger.getLogger(ExtractedReportFeed.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public enum State { WAITING_FOR_TOPIC, CATCHING_UP, CAUGHT_UP, STOPPED }

    private final ReportReadModel model;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String topic;
    private final String correctionsTopic;
    private final Duration pollTimeout;
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
    private volatile State state = State.WAITING_FOR_TOPIC;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile long applied;
    private volatile long malformed;
    private Thread worker;

    public ExtractedReportFeed(ReportReadModel model, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "read-model.topic") String topic,
            @ConfigProperty(name = "read-model.corrections-topic") String correctionsTopic,
            @ConfigProperty(name = "read-model.poll-timeout") Duration pollTimeout) {
        this.model = model;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.correctionsTopic = correctionsTopic;
        this.pollTimeout = pollTimeout;
    }

    void start(@Observes StartupEvent started) {
        worker = new Thread(this::run, "read-model-feed");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (worker != null) {
            worker.join(10_000);
        }
        state = State.STOPPED;
    }

    public State state() {
        return state;
    }

    public long applied() {
        return applied;
    }

    public long malformed() {
        return malformed;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(properties())) {
                consumer = c;
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (KafkaException | IllegalStateException e) {
                LOG.warnf("read-model feed failed, reconnecting in 2 s (it resumes where it was): %s", e.getMessage());
                pause(2000);
            }
        }
    }

    private void follow(KafkaConsumer<String, String> c) {
        List<TopicPartition> partitions = awaitPartitions(c);
        if (partitions.isEmpty()) {
            return;
        }
        c.assign(partitions);
        for (TopicPartition p : partitions) {
            Long next = nextOffsets.get(p);
            if (next == null) {
                c.seekToBeginning(List.of(p));
            } else {
                c.seek(p, next);
            }
        }
        Map<TopicPartition, Long> target = c.endOffsets(partitions);
        if (state != State.CAUGHT_UP) {
            state = State.CATCHING_UP;
            LOG.infof("reading %s and %s (%d partitions) up to %s", topic, correctionsTopic, partitions.size(), target);
        }
        while (running) {
            for (ConsumerRecord<String, String> r : c.poll(pollTimeout)) {
                apply(r);
                nextOffsets.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
            }
            if (state == State.CATCHING_UP && partitions.stream().allMatch(p -> c.position(p) >= target.get(p))) {
                state = State.CAUGHT_UP;
                LOG.infof("read model caught up: %d reports from %d documents", model.reportCount(), model.size());
            }
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> c) {
        while (running) {
            List<TopicPartition> all = new java.util.ArrayList<>();
            for (String t : List.of(topic, correctionsTopic)) {
                List<PartitionInfo> infos = c.partitionsFor(t, Duration.ofSeconds(10));
                if (infos == null || infos.isEmpty()) {
                    all = null;
                    LOG.infof("waiting for topic %s (extract-service creates it)", t);
                    break;
                }
                for (PartitionInfo i : infos) {
                    all.add(new TopicPartition(t, i.partition()));
                }
            }
            if (all != null) {
                return all;
            }
            pause(2000);
        }
        return List.of();
    }

    private void apply(ConsumerRecord<String, String> r) {
        if (r.topic().equals(correctionsTopic)) {
            applyCorrection(r);
            return;
        }
        if (r.key() == null) {
            malformed++;
            LOG.warnf("skipping %s-%d@%d: no key", r.topic(), r.partition(), r.offset());
            return;
        }
        if (r.value() == null) {
            model.remove(r.key());
            applied++;
            return;
        }
        try {
            model.put(ReportDocumentCodec.fromEventJson(r.key(), r.value()));
            applied++;
        } catch (ReportDocumentCodec.UnreadableDocumentException e) {
            malformed++;
            LOG.warnf("skipping %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
        }
    }

    private void applyCorrection(ConsumerRecord<String, String> r) {
        int bar = r.key() == null ? -1 : r.key().indexOf('|');
        if (bar <= 0) {
            malformed++;
            LOG.warnf("skipping %s-%d@%d: no reportId|target key", r.topic(), r.partition(), r.offset());
            return;
        }
        String reportId = r.key().substring(0, bar);
        String target = r.key().substring(bar + 1);
        try {
            model.correct(reportId, target, r.value() == null ? null : json.readValue(r.value(), MAP));
            applied++;
        } catch (JsonProcessingException e) {
            malformed++;
            LOG.warnf("skipping %s-%d@%d: not a correction: %s", r.topic(), r.partition(), r.offset(), e.getOriginalMessage());
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "query-service-read-model");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
