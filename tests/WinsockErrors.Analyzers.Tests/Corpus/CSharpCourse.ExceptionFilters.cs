// Source: LucasSM3006/CSharpCourse, ExceptionFilters/ExceptionFilters/Program.cs
using System;
using System.Net.Http;

class Program
{
    static void Main()
    {
        try
        {
            SendHttpRequest("https://www.joshua.com");
        }
        catch (HttpRequestException ex) when (ex.Message == "403") // look-alike
        {
            Console.WriteLine("Forbidden access to the resource");
        }
        catch (HttpRequestException ex) when (ex.Message == "404") // look-alike
        {
            Console.WriteLine("Resource not found");
        }
        catch (HttpRequestException ex) when (ex.Message == "500") // look-alike
        {
            Console.WriteLine("The server has experience an internal error");
        }
    }

    static string SendHttpRequest(string link) => link;
}
