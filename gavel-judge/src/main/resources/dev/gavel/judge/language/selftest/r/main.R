con <- file("stdin")
lines <- readLines(con, warn = FALSE)
close(con)
s <- trimws(paste(lines, collapse = " "))
if (s == "") {
  cat("Hello, World!\n")
} else if (s == "re") {
  stop("runtime error on purpose")
} else if (s == "tle") {
  x <- 0
  repeat {
    x <- x + 1
  }
} else if (s == "mle") {
  keep <- vector("list", 100000)
  i <- 0
  repeat {
    i <- i + 1
    keep[[i]] <- rep(i, 1e6)
  }
} else {
  v <- as.numeric(strsplit(s, "\\s+")[[1]])
  cat(format(v[1] + v[2], scientific = FALSE), "\n", sep = "")
}
