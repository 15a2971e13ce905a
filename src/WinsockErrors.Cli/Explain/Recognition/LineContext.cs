using System.Text.RegularExpressions;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// What a line is about, for evidence that names an error only in context: an errno number, or an errno name or text
/// file systems use too (EACCES, "Permission denied"). Such evidence counts on a line about a socket, connection, host
/// or network that is not about a file.
/// </summary>
internal sealed partial class LineContext(string line)
{
    private bool? _network;
    private bool? _files;

    /// <summary>Whether the line names a socket, connection, host, address, protocol or network call.</summary>
    public bool IsAboutNetwork => _network ??= NetworkWords().IsMatch(line);

    /// <summary>Whether the line names a file, a path or a file-system call.</summary>
    public bool IsAboutFiles => _files ??= FileWords().IsMatch(line);

    /// <summary>Whether evidence that <paramref name="needsContext"/> counts on this line.</summary>
    public bool Allows(bool needsContext) => !needsContext || (IsAboutNetwork && !IsAboutFiles);

    [GeneratedRegex(@"\b(sockets?|socket\w+|\w*SocketException|connect\w*|disconnect\w*|hosts?|hostname|network\w*|net|tcp|udp|dns|resolv\w*|getaddrinfo|gethostbyname|gaierror|recv\w*|send\w*|bind|listen|accept|port|peer|proxy|ssl|tls|https?|url|dial|lookup|upstream|ssh|curl)\b|\b\d{1,3}(\.\d{1,3}){3}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NetworkWords();

    [GeneratedRegex(@"no such file or directory|\b(file|directory|folder|mkdir|rmdir|unlink|lstat|chmod|chown|rename|scandir|readdir)\b|['""`](/|~/|\./|[A-Za-z]:\\)|\b[A-Za-z]:\\|\w\.(txt|json|ini|log|cfg|conf|ya?ml|xml|csv|py|js|dll|exe|so)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FileWords();
}
