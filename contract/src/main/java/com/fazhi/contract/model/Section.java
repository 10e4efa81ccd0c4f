package com.fazhi.contract.model;

import java.util.List;

/** One node of the heading tree: the number as written, the heading, its depth, its kind, and its sub-sections. */
public record Section(String number, String heading, int level, String kind, List<Section> children) {
}
