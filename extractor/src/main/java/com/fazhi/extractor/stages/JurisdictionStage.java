package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.LevelClassifier;
import com.fazhi.contract.model.Region;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;
import com.fazhi.extractor.region.RegionResolver;
import com.fazhi.reference.region.RegionTable;

/**
 * Where the report is from and at which level, decided together in one place: how the text speaks of itself (a
 * bureau's 我局, 全县/我区 …) guides which unit it is about, and the unit it names itself by guides the level.
 */
public final class JurisdictionStage extends BaseStage {

    private final RegionResolver regions = new RegionResolver(RegionTable.get());

    public JurisdictionStage() {
        super("jurisdiction", Set.of(Annotation.LAYOUT, Annotation.AUTHORITY, Annotation.TITLE, Annotation.METADATA_LINE),
                Set.of(Annotation.REGION, Annotation.LEVEL));
    }

    @Override
    public void apply(WorkingDocument doc) {
        int opening = doc.layout.openingStart();
        LevelClassifier.Speaker speaker = LevelClassifier.Speaker.of(doc.text, opening, doc.title);
        RegionResolver.Resolution resolution = regions.resolveWithLevel(doc.text,
                new RegionResolver.SelfNames(doc.authority, doc.title, doc.metadataLine, opening, speaker.level()));
        doc.region = resolution.region();
        doc.selfNamedLevel = resolution.selfLevel();
        doc.level = municipality(countyLevelCity(LevelClassifier.decide(doc.authority, speaker, doc.selfNamedLevel), doc.region),
                doc.region);
    }

    /**
     * 义乌市人民政府 and "我市" say 市, but when the report's unit is a county-level city (the division table places it
     * at county level) the report is a county's.
     */
    static String countyLevelCity(String level, Region region) {
        boolean countyLevel = "city".equals(level) && region.county() != null && region.county().endsWith("市")
                && region.township() == null;
        return countyLevel ? "county" : level;
    }

    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");

    /** 上海市人民政府 and "全市" say 市, but a municipality's own report is a province-level one. */
    static String municipality(String level, Region region) {
        boolean itself = "city".equals(level) && region.province() != null && MUNICIPALITIES.contains(region.province()) && region.county() == null
                && region.township() == null;
        return itself ? "province" : level;
    }
}
