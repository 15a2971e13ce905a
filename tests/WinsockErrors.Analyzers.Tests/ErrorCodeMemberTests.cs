using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeComparisonAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeComparisonCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>WSK001 on private fields and auto-properties that only ever hold a <c>SocketException</c>'s error code.</summary>
public class ErrorCodeMemberTests
{
    [Fact]
    public Task A_private_field_and_property_assigned_only_from_ErrorCode_are_reported_without_a_fix() => Verify.VerifyNoFixAsync(
        """
        using System.Net.Sockets;

        class Connection
        {
            private int lastError;
            private readonly int nativeError;

            private int Code { get; set; }

            public Connection(SocketException e)
            {
                nativeError = e.NativeErrorCode;
                Code = e.ErrorCode;
            }

            public void Fail(SocketException e) => this.lastError = e.ErrorCode;

            public bool WasReset => {|WSK001:lastError|} == 10054 || {|WSK001:this.nativeError|} is 104 or 54;

            public bool TimedOut() => {|WSK001:Code|} == 10060;
        }
        """);

    [Fact]
    public Task A_field_initialised_from_ErrorCode_is_reported() => Verify.VerifyNoFixAsync(
        """
        using System.Net.Sockets;

        class Failure
        {
            private static readonly SocketException Last = new(10061);
            private static readonly int Code = Last.ErrorCode;

            public static bool Refused => {|WSK001:Code|} == 10061;
        }
        """);

    [Fact]
    public Task Members_that_hold_anything_else_or_are_not_private_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net.Sockets;

        class Connection
        {
            private int reset;
            private int incremented;
            private int byRef;
            private int fromParameter;
            private int deconstructed;
            internal int Shared;
            public int Public { get; private set; }
            private int Computed { get => reset; set => reset = value; }

            public Connection(SocketException e, int code)
            {
                reset = e.ErrorCode;
                incremented = e.ErrorCode;
                byRef = e.ErrorCode;
                fromParameter = e.ErrorCode;
                deconstructed = e.ErrorCode;
                Shared = e.ErrorCode;
                Public = e.ErrorCode;
                Computed = e.ErrorCode;
                fromParameter = code;
                (deconstructed, _) = (code, 1);
                incremented++;
                Normalize(ref byRef);
            }

            public void Clear() => reset = 0;

            public bool Check() =>
                reset == 10054 || incremented == 10054 || byRef == 10054 || fromParameter == 10054 || deconstructed == 10054
                || Shared == 10054 || Public == 10054 || Computed == 10054;

            static void Normalize(ref int code) => code = 10054;
        }
        """);
}
