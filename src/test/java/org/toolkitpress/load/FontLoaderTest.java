package org.toolkitpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.model.Diagnostics;
import org.toolkitpress.model.PrintFonts;
import org.toolkitpress.testing.TestSites;

/**
 * templates/fonts.yml through the layers: a brand's copy merges over the theme's by fallback id
 * (a new id is tried last, an existing one has its files replaced), each face knows what its files
 * draw, and a file that is missing or is not TrueType is an error at the line naming it.
 */
class FontLoaderTest {

    @TempDir
    Path temp;

    private Path brand(String fontsYml) throws IOException {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp.resolve("project"));
        Path brand = Files.createDirectories(project.resolve("brands/x/templates/assets/fonts"));
        Files.writeString(project.resolve("brands/x/brand.yml"), "name: X Council\nlogo:\n  file: logo.svg\n  alt: X\ncolours:\n  primary: \"#1e1e5a\"\n");
        Files.copy(TestSites.projectRoot().resolve("src/test/resources/fonts/NotoSansArmenian-Regular.ttf"),
                brand.resolve("NotoSansArmenian-Regular.ttf"));
        Files.writeString(project.resolve("brands/x/templates/fonts.yml"), fontsYml);
        return project;
    }

    private static List<String> problems(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void theThemesListHasTheReadingFaceTwoFallbacksTheCodeFaceAndTheFormFile() {
        Diagnostics diagnostics = new Diagnostics();
        PrintFonts fonts = Load.fonts(Configure.settings(TestSites.projectRoot(), null, false), diagnostics);
        assertEquals(List.of(), problems(diagnostics));
        assertEquals("Atkinson Hyperlegible", fonts.reading().family());
        assertEquals(4, fonts.reading().files().size());
        assertEquals(List.of("next", "symbols"), fonts.fallbacks().stream().map(PrintFonts.Face::id).toList());
        assertEquals("Atkinson Hyperlegible Mono", fonts.code().family());
        assertEquals("AtkinsonHyperlegibleNext_400Regular.ttf", fonts.form().getFileName().toString());
        assertTrue(fonts.reading().draws('a') && !fonts.reading().draws('ŵ') && fonts.fallbacks().get(0).draws('ŵ'));
        assertTrue(fonts.fallbacks().get(1).draws('✓') && !fonts.draws('ỹ', false) && !fonts.draws('✓', true));
    }

    @Test
    void aBrandAddsAFallbackAfterTheOthersAndReplacesOneById() throws IOException {
        Path project = brand("""
                fallbacks:
                  - id: armenian
                    family: Noto Sans Armenian
                    files:
                      regular: assets/fonts/NotoSansArmenian-Regular.ttf
                  - id: symbols
                    files:
                      regular: assets/fonts/NotoSansArmenian-Regular.ttf
                """);
        Diagnostics diagnostics = new Diagnostics();
        PrintFonts fonts = Load.fonts(Configure.settings(project, null, false, "x"), diagnostics);
        assertEquals(List.of(), problems(diagnostics));
        assertEquals(List.of("next", "symbols", "armenian"), fonts.fallbacks().stream().map(PrintFonts.Face::id).toList());
        PrintFonts.Face symbols = fonts.fallbacks().get(1);
        assertEquals("Noto Sans Symbols 2", symbols.family(), "the keys the brand leaves out are the theme's");
        assertTrue(symbols.files().get(0).file().startsWith(project.resolve("brands/x")), "its file is the brand's");
        assertTrue(symbols.draws('Բ') && !symbols.draws('✓'));
        assertTrue(fonts.fallbacks().get(2).draws('Բ'));
    }

    /** A face's files are those written beside its regular one: the theme's italic and bold of another font are not kept. */
    @Test
    void aBrandsRegularFileForAFaceComesWithoutTheThemesOtherStyles() throws IOException {
        Path project = brand("""
                reading:
                  family: Noto Sans Armenian
                  files:
                    regular: assets/fonts/NotoSansArmenian-Regular.ttf
                """);
        Diagnostics diagnostics = new Diagnostics();
        PrintFonts fonts = Load.fonts(Configure.settings(project, null, false, "x"), diagnostics);
        assertEquals(List.of(), problems(diagnostics));
        assertEquals(1, fonts.reading().files().size(), fonts.reading().files().toString());
        assertTrue(fonts.reading().draws('Բ'));
        assertEquals(4, fonts.fallbacks().get(0).files().size(), "the faces the brand leaves alone keep their styles");
    }

    @Test
    void aMissingFileAndAFileThatIsNotTrueTypeAreErrorsWhereTheyAreNamed() throws IOException {
        Path project = brand("""
                fallbacks:
                  - id: greek
                    family: Noto Sans
                    files:
                      regular: assets/fonts/NotoSans-Regular.ttf
                  - id: woff
                    family: Some Woff
                    files:
                      regular: assets/fonts/Some.ttf
                """);
        Files.write(project.resolve("brands/x/templates/assets/fonts/Some.ttf"), new byte[] {'w', 'O', 'F', '2', 0, 1, 0, 0});
        Diagnostics diagnostics = new Diagnostics();
        Load.fonts(Configure.settings(project, null, false, "x"), diagnostics);
        List<String> problems = problems(diagnostics);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("brands/x/templates/fonts.yml:5:7: error: the font file assets/fonts/NotoSans-Regular.ttf "
                + "is not in templates/ of the brand, the project or the theme"), problems.get(0));
        assertTrue(problems.get(1).startsWith("brands/x/templates/fonts.yml:9:7: error: cannot read the font assets/fonts/Some.ttf as TrueType"),
                problems.get(1));
    }

    @Test
    void anUnknownKeyIsASchemaErrorAtItsLine() throws IOException {
        Path project = brand("""
                fallbacks:
                  - id: armenian
                    familly: Noto Sans Armenian
                    files:
                      regular: assets/fonts/NotoSansArmenian-Regular.ttf
                """);
        Diagnostics diagnostics = new Diagnostics();
        Load.fonts(Configure.settings(project, null, false, "x"), diagnostics);
        List<String> problems = problems(diagnostics);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("brands/x/templates/fonts.yml:3:5: error:") && p.contains("familly")),
                problems.toString());
    }
}
