namespace WinsockErrors.Generator;

/// <summary>Names of the pipeline steps, so tests can check that a second run is served from the cache.</summary>
public static class TrackingNames
{
    /// <summary>The step that parses the data file into a model.</summary>
    public const string Parse = nameof(Parse);
}
