package org.broadsheet.maven;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteMojoTest {

    private static final List<String> C1_ONLY = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1");

    @Test
    void aLargeSiteBuiltByC1AloneIsToldToRemoveTheLine() {
        String advice = SiteMojo.jitAdvice(SiteMojo.C2_PAYS_OFF + 1, () -> C1_ONLY);
        assertNotNull(advice);
        assertTrue(advice.contains("remove the line with -XX:TieredStopAtLevel=1 from .mvn/jvm.config"), advice);
    }

    @Test
    void smallSitesAndBothCompilersGetNoAdvice() {
        assertNull(SiteMojo.jitAdvice(SiteMojo.C2_PAYS_OFF, () -> C1_ONLY));
        assertNull(SiteMojo.jitAdvice(SiteMojo.C2_PAYS_OFF + 1, () -> List.of("-Xmx768m")));
    }
}
