import math
print("%.9f" % math.sqrt(float(input())))
