namespace WinsockErrors.Generator.Tests;

/// <summary>Where the snapshot files live in the source tree, so a failing test can write the received text beside them.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class SnapshotDirectoryAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}
