using System;
using System.Globalization;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>What an assertion expects: one Winsock code, or any code of one category.</summary>
internal sealed class WsaErrorExpectation
{
    private readonly WsaErrorInfo? _error;
    private readonly WsaErrorCategory _category;

    private WsaErrorExpectation(WsaErrorInfo? error, WsaErrorCategory category, string text)
    {
        _error = error;
        _category = category;
        Text = text;
    }

    /// <summary>The expectation in words, to follow "to throw", "to have" or "to be".</summary>
    public string Text { get; }

    /// <summary>Expects exactly <paramref name="error"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is undefined; reported as <paramref name="parameter"/>, the caller's name for it.</exception>
    public static WsaErrorExpectation Of(WsaError error, string parameter)
    {
        if (!WsaErrors.IsDefined(error))
        {
            throw new ArgumentOutOfRangeException(parameter, (int)error, $"{(int)error} is not a defined WsaError value.");
        }

        var info = WsaErrors.Get(error);
        return new WsaErrorExpectation(info, info.Category, "socket error " + Describe(info));
    }

    /// <summary>Expects any code of <paramref name="category"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is undefined; reported as <paramref name="parameter"/>, the caller's name for it.</exception>
    public static WsaErrorExpectation In(WsaErrorCategory category, string parameter)
    {
#if NET8_0_OR_GREATER
        if (!Enum.IsDefined(category))
#else
        if (!Enum.IsDefined(typeof(WsaErrorCategory), category))
#endif
        {
            throw new ArgumentOutOfRangeException(parameter, category, $"{(int)category} is not a defined WsaErrorCategory value.");
        }

        return new WsaErrorExpectation(null, category, "a socket error of category " + category);
    }

    public bool IsMetBy(WsaErrorInfo? actual) =>
        actual is not null && (_error is null ? actual.Category == _category : actual.Error == _error.Error);

    /// <summary>
    /// The actual entry in words; when a category is expected, with its category, so the message shows why it failed.
    /// </summary>
    public string DescribeActual(WsaErrorInfo actual) =>
        _error is null ? Describe(actual) + " of category " + actual.Category : Describe(actual);

    /// <summary>
    /// <c>WSAECONNREFUSED (10061: Connection refused)</c>: the library's one-line form for inside a sentence (format
    /// <c>S</c>), without the closing period that would end the failure message half way.
    /// </summary>
    private static string Describe(WsaErrorInfo info) => info.ToString("S", CultureInfo.InvariantCulture);
}
