namespace WinsockErrors.Tests.Docs;

/// <summary>The folder holding WinsockErrors.sln, found from the test's output folder.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    /// <summary>The full path of a file or folder given relative to the repository root with forward slashes.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WinsockErrors.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no WinsockErrors.sln above " + AppContext.BaseDirectory);
    }
}
