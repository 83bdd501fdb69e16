package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import org.junit.jupiter.api.Test;

/** The blocking Pro surface's file names and successor links. */
class BlockingSurfaceTest {

    @Test
    void linksToAnotherTagPointAtItsBlockingTwinAndLocalLinksStay() {
        assertEquals("use {@link BlockingBuildingsApi#getBuildingsV2} ({@code GET /api/v2/buildings}) instead",
                JamfProCodegen.blockingLinks("use {@link BuildingsApi#getBuildingsV2} ({@code GET /api/v2/buildings}) instead"));
        assertEquals("use {@link #getBuildingsV2} instead", JamfProCodegen.blockingLinks("use {@link #getBuildingsV2} instead"));
    }

    @Test
    void theBlockingTemplateWritesBlockingTagApiBesideTagApi() {
        JamfProCodegen codegen = new JamfProCodegen();
        codegen.apiTemplateFiles().put(JamfProCodegen.BLOCKING_API_TEMPLATE, ".java");
        String plain = codegen.apiFilename("api.mustache", "buildings");
        String blocking = codegen.apiFilename(JamfProCodegen.BLOCKING_API_TEMPLATE, "buildings");
        assertEquals(new File(plain).getParent(), new File(blocking).getParent());
        assertEquals("Blocking" + new File(plain).getName(), new File(blocking).getName());
    }
}
