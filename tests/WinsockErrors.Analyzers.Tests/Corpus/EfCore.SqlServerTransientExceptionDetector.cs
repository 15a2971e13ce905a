// Source: dotnet/efcore, src/EFCore.SqlServer/Storage/Internal/SqlServerTransientExceptionDetector.cs, commit 0225afb795817f790e5d0425c0c7165eddea6603
using System;
using System.Collections.Generic;

// Stand-ins for Microsoft.Data.SqlClient's SqlException and SqlError: SQL Server numbers that reuse Winsock values.
class SqlError { public int Number { get; set; } }
class SqlException : Exception { public List<SqlError> Errors { get; } = new(); }

static class SqlServerTransientExceptionDetector
{
    public static bool ShouldRetryOn(Exception? ex)
    {
        if (ex is SqlException sqlException)
        {
            foreach (SqlError err in sqlException.Errors)
            {
                switch (err.Number) // look-alike
                {
                    case 10060:
                    case 10054:
                    case 10053:
                    case 1205:
                        return true;
                }
            }

            return false;
        }

        return ex is TimeoutException;
    }
}
