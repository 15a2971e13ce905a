namespace WinsockErrors.Generator.Model;

/// <summary>A POSIX errno name paired with a Winsock code, and its number on each platform (null where undefined).</summary>
/// <param name="IsWinsockPair">
/// True when winsock2.h defines the Winsock code as this errno's counterpart (the data file gives no other source).
/// Such a pair wins where two errno names share a number, and its name finds the code by name.
/// </param>
internal sealed record ErrnoModel(string Name, int? Linux, int? MacOS, int? FreeBsd, int? WindowsCrt, bool IsWinsockPair);
