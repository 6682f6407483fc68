namespace Sitrep.Tests;

/// <summary>Locates the repository and ../shared beside it, wherever the test binary runs from.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>A file under ../shared, or a skipped test when the corpora are not beside the repository.</summary>
    public static string SharedFile(string relative)
    {
        string path = Path.Combine(Shared, relative);
        if (!File.Exists(path))
            Assert.Skip($"{path} is not present (../shared holds the evaluation corpora).");
        return path;
    }

    public static string Example(string name) => Path.Combine(RepoRoot, "examples", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}
