package org.broadsheet.arch;

import org.broadsheet.TestSite;
import org.broadsheet.model.ElementIds;
import org.broadsheet.render.ThemeIds;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ids that bodies give way to under any theme are at least those the default theme uses: every id its templates
 * write or point at (labels, skip link, {@code aria-labelledby}) and every id its scripts look up, and no other; so
 * the list in {@link ElementIds#THEME} cannot drift from the theme. An id made by an expression would be one no list
 * holds.
 */
class ThemeIdsTest {

    @Test
    void theReservedIdsAreExactlyThoseTheDefaultThemeUses() throws IOException {
        ThemeIds.Found found = ThemeIds.of(TestSite.repositoryRoot().resolve("templates"));
        assertEquals(List.of(), found.computed(), "ids made by an expression: no body could be kept from taking them");
        assertEquals(new TreeSet<>(found.ids()), new TreeSet<>(ElementIds.THEME));
    }
}
