using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WinsockErrors.Docs.Markdown;

/// <summary>The markdown files whose C# blocks must be compiled snippets, and where the repository is.</summary>
public static class DocumentedFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SnippetDirectory => Path.Combine(RepositoryRoot, "tests", "WinsockErrors.Docs", "Snippets");

    /// <summary>README.md, CONTRIBUTING.md, docs/**/*.md and every package readme, relative, with forward slashes.</summary>
    public static IReadOnlyList<string> All()
    {
        var files = new List<string> { "README.md", "CONTRIBUTING.md" };
        files.AddRange(Relative(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)));
        files.AddRange(Relative(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories)));
        return files.Where(file => File.Exists(Path.Combine(RepositoryRoot, file))).Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Relative(IEnumerable<string> paths) =>
        paths.Select(path => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal));

    private static string FindRepositoryRoot()
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
