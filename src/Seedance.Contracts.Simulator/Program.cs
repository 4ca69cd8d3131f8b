System.Console.WriteLine("simulator placeholder");
