package com.fazhi.query.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import com.fazhi.query.domain.PageRequest;

/** Page sizes from application.properties (query.default-page-size, query.max-page-size). */
@ConfigMapping(prefix = "query")
public interface Paging {

    @WithDefault("20")
    int defaultPageSize();

    @WithDefault("100")
    int maxPageSize();

    default PageRequest of(String page, String size) {
        return PageRequest.of(page, size, defaultPageSize(), maxPageSize());
    }
}
