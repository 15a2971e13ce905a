namespace WinsockErrors;

/// <summary>A platform whose errno numbers the library knows; <see cref="ErrnoPlatforms"/> gives each its one name.</summary>
public enum ErrnoPlatform
{
    /// <summary>Linux (asm-generic numbering, used by x64, arm64, arm, riscv64, s390x, ppc64le, loongarch64).</summary>
    Linux,

    /// <summary>macOS, iOS and the other Apple systems (xnu).</summary>
    MacOS,

    /// <summary>FreeBSD.</summary>
    FreeBsd,

    /// <summary>The Windows C runtime's errno.h (ucrt), which is not what Winsock reports.</summary>
    WindowsCrt,
}
