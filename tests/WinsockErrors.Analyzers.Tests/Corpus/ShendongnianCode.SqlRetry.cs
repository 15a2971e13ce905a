// Source: shendongnian/code, code2/243179-4822976-13.cs
using System;
using System.Threading;

// Stand-in for System.Data.SqlClient.SqlException: its Number is a SQL Server error, not a socket error.
class SqlException : Exception { public int Number { get; set; } }

class Retrying
{
    enum RetryableSqlErrors { Timeout = -2, NoLock = 1204, Deadlock = 1205, WordbreakerTimeout = 30053 }

    void Retry(Action retryAction)
    {
        for (var retryCount = 0; ; retryCount++)
        {
            try
            {
                retryAction();
                break;
            }
            catch (SqlException ex) when (ex.Number == (int)RetryableSqlErrors.Timeout && retryCount < 2) // look-alike
            {
                Thread.Sleep(5000);
            }
        }
    }
}
