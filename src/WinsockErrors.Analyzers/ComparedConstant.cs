using Microsoft.CodeAnalysis;

namespace WinsockErrors.Analyzers;

/// <summary>A constant an error code is compared with, and the Winsock code it is, if any.</summary>
internal sealed record ComparedConstant(IOperation Operation, WinsockCode? Code);
