package com.fazhi.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.ReextractionRequest;
import com.fazhi.extract.domain.Reextraction;

/**
 * Takes re-extraction requests from {@code reports.reextract} (ingest-service's admin API sends them; one partition, so
 * one instance of this service takes each) and starts the run here, where the raw reports are kept.
 */
@ApplicationScoped
public class ReextractionRequests {

    private static final Logger LOG = Logger.getLogger(ReextractionRequests.class);

    private final Reextraction reextraction;
    private final ObjectMapper json;

    public ReextractionRequests(Reextraction reextraction, ObjectMapper json) {
        this.reextraction = reextraction;
        this.json = json;
    }

    @Incoming("reextract-requests")
    public void receive(String payload) {
        try {
            reextraction.start(json.readValue(payload, ReextractionRequest.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("a re-extraction request that is not one was skipped (%s): %s", e.getOriginalMessage(), payload);
        }
    }
}
