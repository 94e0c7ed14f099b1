def main(:
    print('x')
