package com.fazhi.query.api;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fazhi.query.domain.ReportFilter;

/**
 * The report filters every endpoint accepts, as documented query parameters: one field per filter of
 * {@link com.fazhi.query.domain.ReportFilters} (where each is defined), which a test holds to that list.
 */
public class FilterParams {

    @QueryParam("province") @Parameter(description = "full province name, e.g. 重庆市", example = "江苏省")
    String province;
    @QueryParam("city") @Parameter(description = "full city name", example = "南通市")
    String city;
    @QueryParam("county") @Parameter(description = "full county name", example = "通州区")
    String county;
    @QueryParam("code") @Parameter(description = "GB/T 2260 code prefix: 32 = all of Jiangsu, 3206 = Nantong", example = "32")
    String code;
    @QueryParam("level") @Parameter(description = "province, city, county, township or department", example = "county")
    String level;
    @QueryParam("year") @Parameter(description = "report year", example = "2023")
    String year;
    @QueryParam("yearFrom") @Parameter(description = "report year from (inclusive)")
    String yearFrom;
    @QueryParam("yearTo") @Parameter(description = "report year to (inclusive)")
    String yearTo;
    @QueryParam("hasPart") @Parameter(description = "measures, responsibility, problems or plans: reports that have it")
    String hasPart;
    @QueryParam("missingPart") @Parameter(description = "measures, responsibility, problems or plans: reports that lack it")
    String missingPart;
    @QueryParam("onTime") @Parameter(description = "true: published by 31 March of the next year; false: late")
    String onTime;
    @QueryParam("hasIndicator") @Parameter(description = "an indicator key: reports that state it", example = "mediation.success_rate")
    String hasIndicator;
    @QueryParam("verified") @Parameter(description = "true: only reports an analyst reviewed, and in rankings only the figures an analyst confirmed or corrected")
    String verified;

    /** Each filter's field with its query parameter's name, read once from the annotations above. */
    private static final java.util.Map<String, java.lang.reflect.Field> FIELDS = fields();

    private static java.util.Map<String, java.lang.reflect.Field> fields() {
        java.util.Map<String, java.lang.reflect.Field> byParam = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.Field field : FilterParams.class.getDeclaredFields()) {
            QueryParam param = field.getAnnotation(QueryParam.class);
            if (param != null) {
                byParam.put(param.value(), field);
            }
        }
        return java.util.Collections.unmodifiableMap(byParam);
    }

    /** Every filter given, by its query parameter's name (each field here is one filter of ReportFilters). */
    ReportFilter toFilter() {
        java.util.Map<String, String> raw = new java.util.LinkedHashMap<>();
        FIELDS.forEach((param, field) -> {
            try {
                raw.put(param, (String) field.get(this));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return ReportFilter.parse(raw);
    }
}
