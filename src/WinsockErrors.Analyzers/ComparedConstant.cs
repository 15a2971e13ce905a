using Microsoft.CodeAnalysis;

namespace WinsockErrors.Analyzers;

/// <summary>A constant an error code is compared with, and what it stands for.</summary>
/// <param name="Operation">The constant.</param>
/// <param name="Code">The one Winsock code the number stands for on some OS, or <see langword="null"/> when it stands for none or for several.</param>
/// <param name="Reading">How a message names it, <c>10054 (WSAECONNRESET)</c> or <c>104 (ECONNRESET on Linux)</c>; <see langword="null"/> for 0 and for numbers that are neither.</param>
internal sealed record ComparedConstant(IOperation Operation, WinsockCode? Code, string? Reading);
