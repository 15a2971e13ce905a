namespace WinsockErrors.Generator;

/// <summary>Names of the pipeline steps, so tests can check that a second run is served from the cache.</summary>
public static class TrackingNames
{
    /// <summary>The step that parses the data file into a model.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The step that reads the member names of <c>System.Net.Sockets.SocketError</c> from the compilation.</summary>
    public const string SocketErrorMembers = nameof(SocketErrorMembers);

    /// <summary>The step that checks the model against the compilation and plans the name hash.</summary>
    public const string Check = nameof(Check);

    /// <summary>The step that parses <c>localized-messages.json</c>.</summary>
    public const string ParseLocalizedMessages = nameof(ParseLocalizedMessages);
}
