namespace WinsockErrors.Generator.Model;

/// <summary>One entry of the data file, validated.</summary>
internal sealed record ErrorModel(
    string Name,
    int Code,
    string Title,
    string Description,
    string Message,
    string Category,
    EquatableArray<string> Aliases,
    EquatableArray<ErrnoModel> Errno,
    string? SocketError,
    bool Transient,
    bool Timeout,
    string RetryAdvice,
    string RetryReason)
{
    /// <summary>The seed list has no title for a few codes; their system message stands in.</summary>
    public string DisplayTitle => Title.Length > 0 ? Title : Message;

    /// <summary>
    /// The value for OpenTelemetry's <c>error.type</c>: the SocketError member's name in snake_case, as .NET's
    /// telemetry writes it (<c>ConnectionReset</c> gives <c>connection_reset</c>, <c>IOPending</c> gives
    /// <c>io_pending</c>); without a member, the SDK name in lower case.
    /// </summary>
    public string ErrorType => SocketError is null ? Name.ToLowerInvariant() : SnakeCase.From(SocketError);

    /// <summary>HRESULT_FROM_WIN32: 0 stays 0, anything else becomes 0x8007xxxx.</summary>
    public int HResult => Code <= 0 ? Code : unchecked((int)(0x80070000u | ((uint)Code & 0xFFFFu)));
}
