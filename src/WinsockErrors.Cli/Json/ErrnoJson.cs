namespace WinsockErrors.Cli.Json;

/// <summary>A POSIX errno of an entry, as <c>--json</c> writes it.</summary>
internal sealed record ErrnoJson
{
    public required string Name { get; init; }

    public int? Linux { get; init; }

    public int? MacOS { get; init; }

    public int? FreeBsd { get; init; }

    public int? WindowsCrt { get; init; }

    /// <summary>Whether winsock2.h pairs the errno with the code; false where only .NET maps it there.</summary>
    public bool WinsockPair { get; init; }
}
