namespace WinsockErrors.Generator.Model;

/// <summary>One entry of the data file, validated; <see cref="Title"/> is empty where Microsoft's list has none.</summary>
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
    /// <summary>
    /// The value for OpenTelemetry's <c>error.type</c>: the SocketError member's name in snake_case, as .NET's
    /// telemetry writes it (<c>ConnectionReset</c> gives <c>connection_reset</c>, <c>IOPending</c> gives
    /// <c>io_pending</c>); without a member, the SDK name in lower case.
    /// </summary>
    public string ErrorType => SocketError is null ? Name.ToLowerInvariant() : SnakeCase.From(SocketError);
}
