using System;

namespace WinsockErrors.Generator.Model;

/// <summary>A POSIX errno name paired with a Winsock code, and its number on each platform (null where undefined).</summary>
internal sealed record ErrnoModel(string Name, int? Linux, int? Darwin, int? FreeBsd, int? WindowsCrt, string? Source)
    : IEquatable<ErrnoModel>;
