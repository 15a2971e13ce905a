namespace WinsockErrors.Analyzers.Tests;

/// <summary>The folder holding WinsockErrors.sln, found from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "WinsockErrors.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("WinsockErrors.sln not found above " + AppContext.BaseDirectory);
    }
}
