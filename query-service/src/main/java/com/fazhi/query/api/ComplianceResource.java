package com.fazhi.query.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fazhi.query.domain.ComplianceSummary;
import com.fazhi.query.domain.RegionTree;
import com.fazhi.query.storage.ReportReadModel;

import io.smallrye.common.annotation.NonBlocking;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class ComplianceResource {

    private final ReportReadModel reports;

    public ComplianceResource(ReportReadModel reports) {
        this.reports = reports;
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "Who published on time, and with which parts", description = "For the reports the filters select: "
            + "how many, the share published by 31 March of the next year, the share with each required part, the late "
            + "ones, by province and by level. Example: /api/compliance?year=2023&code=50")
    public Map<String, Object> compliance(@BeanParam FilterParams filters) {
        return ComplianceSummary.of(reports.select(filters.toFilter()));
    }

    @GET
    @Path("/regions")
    @Operation(summary = "The region tree (province → city → county) with report counts", description = "Filters as for /api/reports.")
    public List<RegionTree.Node> regions(@BeanParam FilterParams filters) {
        return RegionTree.of(reports.select(filters.toFilter()));
    }
}
