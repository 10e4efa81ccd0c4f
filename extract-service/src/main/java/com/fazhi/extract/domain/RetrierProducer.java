package com.fazhi.extract.domain;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's one {@link Retrier}, with the backoff of application.properties (extract.retry.*). */
@ApplicationScoped
public class RetrierProducer {

    @Produces
    @Singleton
    Retrier retrier(@ConfigProperty(name = "extract.retry.initial") Duration initialBackoff,
            @ConfigProperty(name = "extract.retry.max") Duration maxBackoff) {
        return new Retrier(initialBackoff, maxBackoff);
    }
}
