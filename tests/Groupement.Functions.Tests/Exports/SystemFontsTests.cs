using Groupement.Functions.Exports;

namespace Groupement.Functions.Tests.Exports;

public class SystemFontsTests
{
    [Fact]
    public void No_candidate_font_in_the_folders_means_none()
    {
        var dir = Directory.CreateTempSubdirectory("fonts");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "SomethingElse.ttf"), [1, 2, 3]);
            Assert.Null(SystemFonts.Find([dir.FullName, Path.Combine(dir.FullName, "missing"), ""]));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_first_candidate_found_in_subfolders_wins_with_its_bold_face_or_the_regular_one()
    {
        var dir = Directory.CreateTempSubdirectory("fonts");
        try
        {
            var liberation = Directory.CreateDirectory(Path.Combine(dir.FullName, "truetype", "liberation"));
            File.WriteAllBytes(Path.Combine(liberation.FullName, "LiberationSans-Regular.ttf"), [1]);
            File.WriteAllBytes(Path.Combine(liberation.FullName, "LiberationSans-Bold.ttf"), [2]);
            var found = SystemFonts.Find([dir.FullName]);
            Assert.NotNull(found);
            Assert.EndsWith("LiberationSans-Regular.ttf", found.Source, StringComparison.Ordinal);
            Assert.Equal([2], found.Bold);

            var dejavu = Directory.CreateDirectory(Path.Combine(dir.FullName, "truetype", "dejavu"));
            File.WriteAllBytes(Path.Combine(dejavu.FullName, "DejaVuSans.ttf"), [3]);
            found = SystemFonts.Find([dir.FullName]);
            Assert.NotNull(found);
            Assert.EndsWith("DejaVuSans.ttf", found.Source, StringComparison.Ordinal);
            Assert.Equal([3], found.Regular);
            Assert.Equal([3], found.Bold); // no DejaVuSans-Bold.ttf
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
