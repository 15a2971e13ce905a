namespace WinsockErrors.Benchmarks;

/// <summary>A stand-in for <see cref="PosixErrno"/> with the same constructor, for the table experiment.</summary>
internal sealed class TableErrno
{
    public TableErrno(string name, int? linux, int? macOS, int? freeBsd, int? windowsCrt, bool isWinsockPair)
    {
        Name = name;
        Linux = linux;
        MacOS = macOS;
        FreeBsd = freeBsd;
        WindowsCrt = windowsCrt;
        IsWinsockPair = isWinsockPair;
    }

    public string Name { get; }

    public int? Linux { get; }

    public int? MacOS { get; }

    public int? FreeBsd { get; }

    public int? WindowsCrt { get; }

    public bool IsWinsockPair { get; }

    /// <summary>The fields, for comparing the two tables.</summary>
    public override string ToString() => $"{Name} {Linux} {MacOS} {FreeBsd} {WindowsCrt} {IsWinsockPair}";
}
