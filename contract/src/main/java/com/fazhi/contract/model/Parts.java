package com.fazhi.contract.model;

/** Which of the four parts the regulation requires are present, judged by content. */
public record Parts(boolean measures, boolean responsibility, boolean problems, boolean plans) {
}
