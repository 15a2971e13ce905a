using System;
using Polly;

namespace WinsockErrors.Polly;

/// <summary>
/// Adds Windows Sockets errors to a Polly <see cref="PredicateBuilder{TResult}"/>. Each method returns the builder, so
/// it chains with <c>Handle&lt;TException&gt;()</c> and <c>HandleResult(…)</c>, and the builder converts to a
/// strategy's <c>ShouldHandle</c> as usual.
/// </summary>
public static class WsaPredicateBuilderExtensions
{
    /// <summary>
    /// Handles an exception that carries a socket error whose retry advice allows a retry: what
    /// <see cref="WsaErrors.ShouldRetry(Exception, bool)"/> returns <see langword="true"/> for.
    /// </summary>
    /// <typeparam name="TResult">The result type of the pipeline.</typeparam>
    /// <param name="builder">The builder to add to.</param>
    /// <param name="idempotent">
    /// Whether the work the pipeline runs may be done twice. When <see langword="false"/>, only failures where nothing
    /// reached the peer (<see cref="WsaRetryAdvice.Safe"/>) and local shortages (<see cref="WsaRetryAdvice.AfterDelay"/>)
    /// are handled; when <see langword="true"/>, broken connections (<see cref="WsaRetryAdvice.IfIdempotent"/>) too.
    /// </param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    /// <remarks>
    /// The socket error is searched for in the exception and everything it wraps, as
    /// <see cref="WsaErrors.Find(Exception)"/> does, and the advice is refined by the phase the exception reports (see
    /// <see cref="WsaErrors.GetRetryAdvice(Exception)"/>). An exception without a socket error is not handled here.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static PredicateBuilder<TResult> HandleRetryableWsaErrors<TResult>(this PredicateBuilder<TResult> builder, bool idempotent) =>
        NotNull(builder).Handle<Exception>(exception => WsaErrors.ShouldRetry(exception, idempotent));

    /// <summary>Handles an exception that carries one of the given socket errors, wherever it is wrapped.</summary>
    /// <typeparam name="TResult">The result type of the pipeline.</typeparam>
    /// <param name="builder">The builder to add to.</param>
    /// <param name="errors">The errors to handle; the socket error is read as <see cref="WsaErrors.Find(Exception)"/> reads it.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="errors"/> is <see langword="null"/>.</exception>
    public static PredicateBuilder<TResult> HandleWsaError<TResult>(this PredicateBuilder<TResult> builder, params WsaError[] errors)
    {
        // A copy: the caller's array may change after the pipeline is built.
        var handled = (WsaError[])(errors ?? throw new ArgumentNullException(nameof(errors))).Clone();
        return NotNull(builder).Handle<Exception>(exception => WsaErrors.Find(exception) is { } info && Array.IndexOf(handled, info.Error) >= 0);
    }

    private static PredicateBuilder<TResult> NotNull<TResult>(PredicateBuilder<TResult> builder) =>
        builder ?? throw new ArgumentNullException(nameof(builder));
}
