System.Console.WriteLine("sample placeholder");
