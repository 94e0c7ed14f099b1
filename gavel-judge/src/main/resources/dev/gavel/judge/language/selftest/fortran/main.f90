program main
  implicit none
  character(len=256) :: line
  integer :: ios
  integer(8) :: a, b, x
  real(8), allocatable :: big(:)

  read (*, '(A)', iostat=ios) line
  if (ios /= 0) line = ''
  line = adjustl(line)
  if (len_trim(line) == 0) then
    print '(A)', 'Hello, World!'
  else if (trim(line) == 're') then
    error stop 'runtime error on purpose'
  else if (trim(line) == 'tle') then
    x = 0
    do while (x >= 0)
      x = x + 1
      if (x == huge(x)) x = 0
    end do
  else if (trim(line) == 'mle') then
    allocate (big(400000000_8))
    big = 1.0d0
    print *, sum(big)
  else
    read (line, *) a, b
    print '(I0)', a + b
  end if
end program main
